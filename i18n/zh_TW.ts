<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
  <context>
    <name>App</name>
    <message>
      <source>Cannot open the database</source>
      <translation>無法開啟資料庫</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailDialog</name>
    <message>
      <source>Case</source>
      <extracomment>The label showing each field's value, by the key of `CaseDetail.fields`. The cases opened from this one's matter (kept alive while this window is).</extracomment>
      <translation>信訪件</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>基本情況</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Petitioners</source>
      <translation>信訪人</translation>
    </message>
    <message>
      <source>:</source>
      <translation>：</translation>
    </message>
    <message>
      <source>Case %s</source>
      <translation>信訪件 %s</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>%s and others, %d people</source>
      <translation>%s等%d人</translation>
    </message>
    <message>
      <source>%s · registered on %s · %s · %s</source>
      <translation>%s · %s 登記 · %s · %s</translation>
    </message>
    <message>
      <source>%d people</source>
      <translation>%d 人</translation>
    </message>
    <message>
      <source>No details recorded.</source>
      <translation>未填寫詳細內容。</translation>
    </message>
    <message>
      <source>Collective visit · %d people</source>
      <translation>集體訪 · %d 人</translation>
    </message>
    <message>
      <source>Repeat of %s</source>
      <translation>重複件 · 初件 %s</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>重複件</translation>
    </message>
    <message>
      <source>Major or urgent</source>
      <translation>重大緊急</translation>
    </message>
    <message>
      <source>%s tier: %s</source>
      <translation>%s色：%s</translation>
    </message>
    <message>
      <source>%s tier</source>
      <translation>%s色</translation>
    </message>
    <message>
      <source>Timeline (%d)</source>
      <translation>辦理過程 (%d)</translation>
    </message>
    <message>
      <source>Same matter (%d)</source>
      <translation>同一事項 (%d)</translation>
    </message>
    <message>
      <source>Attachments (%d)</source>
      <translation>附件 (%d)</translation>
    </message>
    <message>
      <source>Every step of the case, oldest first. Steps are never changed: a correction is a further step.</source>
      <translation>本件的全部辦理步驟，按時間先後排列。已記錄的步驟不能修改，更正以新的步驟記錄。</translation>
    </message>
    <message>
      <source>This matter has %d registrations: the first one and %d repeats. Double-click a case to open it.</source>
      <translation>本事項共登記 %d 次：初件 1 件，重複件 %d 件。雙擊可開啟該信訪件。</translation>
    </message>
    <message>
      <source>Scanned letters, receipts and agreements attached to this case.</source>
      <translation>本件的來信掃描件、送達回證、調解協議等附件。</translation>
    </message>
    <message>
      <source>No attachments yet.</source>
      <translation>本件暫無附件。</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailLists</name>
    <message>
      <source>Registration</source>
      <extracomment>(id, number, registered_on, is_repeat), as `CaseDetail.matter_cases` lists a matter's cases.</extracomment>
      <translation>登記資訊</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Registered at</source>
      <translation>登記時間</translation>
    </message>
    <message>
      <source>Higher level's number</source>
      <translation>上級件號</translation>
    </message>
    <message>
      <source>Higher level's deadline</source>
      <translation>上級期限</translation>
    </message>
    <message>
      <source>Online petition number</source>
      <translation>網上信訪編號</translation>
    </message>
    <message>
      <source>Registered by</source>
      <translation>登記人</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>來信日期</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>收信日期</translation>
    </message>
    <message>
      <source>Envelope address</source>
      <translation>信封地址</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>信訪事項</translation>
    </message>
    <message>
      <source>Location of the problem</source>
      <translation>問題屬地</translation>
    </message>
    <message>
      <source>Content category</source>
      <translation>內容分類</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性質</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>信訪目的</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Unit complained about</source>
      <translation>被反映單位</translation>
    </message>
    <message>
      <source>Person or unit complained about</source>
      <translation>被反映物件</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳細內容</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>辦理情況與標記</translation>
    </message>
    <message>
      <source>State</source>
      <translation>辦理狀態</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>辦理期限</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>辦結日期</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>滿意度</translation>
    </message>
    <message>
      <source>Marks</source>
      <translation>標記</translation>
    </message>
    <message>
      <source>Skips a level</source>
      <translation>越級</translation>
    </message>
    <message>
      <source>Major or urgent</source>
      <translation>重大緊急</translation>
    </message>
    <message>
      <source>Threat of extreme action</source>
      <translation>揚言</translation>
    </message>
    <message>
      <source>Three crosses and separations</source>
      <translation>三跨三分離</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Consents to publication</source>
      <translation>同意公開</translation>
    </message>
    <message>
      <source>Not for publication</source>
      <translation>不宜公開</translation>
    </message>
    <message>
      <source>Collective visit</source>
      <translation>集體訪</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>重複件</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>None</source>
      <translation>無</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性別</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>證件號碼</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>聯絡電話</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Recorded at %s</source>
      <translation>錄入時間 %s</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>辦理步驟</translation>
    </message>
    <message>
      <source>By</source>
      <translation>經辦人</translation>
    </message>
    <message>
      <source>First registration</source>
      <translation>初件</translation>
    </message>
    <message>
      <source> (this case)</source>
      <translation>（本件）</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>信訪件編號</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>型別</translation>
    </message>
    <message>
      <source>File</source>
      <translation>檔名</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>型別</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Added at</source>
      <translation>新增時間</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信訪形式</translation>
    </message>
    <message>
      <source>Repeat of</source>
      <translation>重複件，初件編號</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>在辦件</translation>
    </message>
    <message>
      <source>Unit's deadline</source>
      <translation>單位辦理期限</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Not accepted again</source>
      <translation>不再受理</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天數</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <source>Hearing</source>
      <translation>聽證</translation>
    </message>
    <message>
      <source>Legal procedure</source>
      <translation>法定途徑</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>調解協議</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>文書編號</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>簽收</translation>
    </message>
    <message>
      <source>Bureau satisfaction</source>
      <translation>對信訪部門滿意度</translation>
    </message>
    <message>
      <source>Organ</source>
      <translation>受理機關</translation>
    </message>
    <message>
      <source>By the higher level</source>
      <translation>上級督辦</translation>
    </message>
    <message>
      <source>Supervised by</source>
      <translation>督辦單位</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>色級</translation>
    </message>
    <message>
      <source>Review again on</source>
      <translation>下次研判日期</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>包案領導</translation>
    </message>
    <message>
      <source>Report number</source>
      <translation>報告編號</translation>
    </message>
    <message>
      <source>Filing number</source>
      <translation>備案編號</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>更正專案</translation>
    </message>
    <message>
      <source>Was</source>
      <translation>原為</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>更正為</translation>
    </message>
    <message>
      <source>: </source>
      <translation>：</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <source>Number, petitioner or words of the summary</source>
      <translation>編號、信訪人或摘要中的文字</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>清除篩選</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>屬地</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性質</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>色級</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>檢索</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未辦結</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已辦結</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>共 %n 件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <source>Tier</source>
      <extracomment>English header, translated in the "CaseTableModel" context.</extracomment>
      <translation>色級</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信訪人</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>屬地</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性質</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>下一期限</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>剩餘天數</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <source>Unexpected error</source>
      <translation>程式錯誤</translation>
    </message>
    <message>
      <source>The program met an error it did not expect. Your saved work is safe. Please copy the report below (Show Details…) and send it to technical support.</source>
      <translation>程式遇到了意外錯誤。已儲存的資料不受影響。請複製下面的報告（點「顯示詳細資訊…」）發給技術支援。</translation>
    </message>
  </context>
  <context>
    <name>DirectoryEditor</name>
    <message>
      <source>Township:</source>
      <extracomment>Directories whose entries carry a code the administrator may type. The add or rename dialog while it is open (tests fill it in and accept it).</extracomment>
      <translation>所屬鄉鎮（街道）：</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>改名…</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>A retired entry stays on the cases that use it but can no longer be chosen. An entry can be deleted only while nothing uses it.</source>
      <translation>停用的條目仍保留在已使用它的信訪件上，但登記時不能再選用。只有未被任何信訪件或其他條目使用的條目才能刪除。</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>程式碼</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>所屬鄉鎮（街道）</translation>
    </message>
    <message>
      <source>Parent category</source>
      <translation>上級分類</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>%d entries, %d retired</source>
      <translation>共 %d 項，其中已停用 %d 項</translation>
    </message>
    <message>
      <source>All townships</source>
      <translation>全部鄉鎮（街道）</translation>
    </message>
    <message>
      <source> (retired)</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢復</translation>
    </message>
    <message>
      <source>township (subdistrict)</source>
      <translation>鄉鎮（街道）</translation>
    </message>
    <message>
      <source>village (community)</source>
      <translation>村（社群）</translation>
    </message>
    <message>
      <source>responsible unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>content category</source>
      <translation>內容分類</translation>
    </message>
    <message>
      <source>petition purpose</source>
      <translation>信訪目的</translation>
    </message>
    <message>
      <source>(choose a township)</source>
      <translation>（請選擇所屬鄉鎮）</translation>
    </message>
    <message>
      <source>(none: a top-level category)</source>
      <translation>（無，作為一級分類）</translation>
    </message>
    <message>
      <source>Optional, e.g. the division code 431127100</source>
      <translation>可不填，例如行政區劃程式碼 431127100</translation>
    </message>
    <message>
      <source>Optional: left empty, a code is given automatically</source>
      <translation>可不填，留空將自動編碼</translation>
    </message>
    <message>
      <source>Parent category:</source>
      <translation>上級分類：</translation>
    </message>
    <message>
      <source>Add %s</source>
      <translation>新增%s</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名稱：</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>程式碼：</translation>
    </message>
    <message>
      <source>Cannot do this</source>
      <translation>無法完成操作</translation>
    </message>
    <message>
      <source>Rename %s</source>
      <translation>%s改名</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>新名稱：</translation>
    </message>
    <message>
      <source>Cases already registered show the new name.</source>
      <translation>改名後，已登記的信訪件也將顯示新名稱。</translation>
    </message>
    <message>
      <source>Delete “%s”? This cannot be undone.</source>
      <translation>確定刪除「%s」嗎？刪除後不能恢復。</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>EarlierCaseDelegate</name>
    <message>
      <source>%s (repeat)</source>
      <translation>%s（重複件）</translation>
    </message>
  </context>
  <context>
    <name>EarlierCasesModel</name>
    <message>
      <source>%s (repeat)</source>
      <translation>%s（重複件）</translation>
    </message>
  </context>
  <context>
    <name>EarlierCasesPanel</name>
    <message>
      <source>Earlier cases of this person</source>
      <extracomment>The user asks to open a case (double-click or Enter on its row); carries the case id.</extracomment>
      <translation>此人既往信訪件</translation>
    </message>
    <message>
      <source>Double-click a case or press Enter on it to open it</source>
      <translation>雙擊或按回車鍵開啟該信訪件</translation>
    </message>
    <message>
      <source>%s earlier case(s), newest first. Double-click or press Enter to open.</source>
      <translation>共 %s 件，最新的在前。雙擊或按回車鍵開啟。</translation>
    </message>
    <message>
      <source>No earlier cases of this person were found.</source>
      <translation>未查到此人的既往信訪件。</translation>
    </message>
    <message>
      <source>Type 6 or more characters of the ID number, or the name and the phone, to see this person's earlier cases.</source>
      <translation>輸入證件號碼前 6 位以上，或輸入姓名和聯絡電話，即可檢視此人既往信訪件。</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Current name:</source>
      <extracomment>A village must belong to a township: the chooser gets the focus first while none is chosen.</extracomment>
      <translation>原名稱：</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>GeneralSettings</name>
    <message>
      <source>Registration</source>
      <translation>信訪登記</translation>
    </message>
    <message>
      <source> people</source>
      <translation> 人</translation>
    </message>
    <message>
      <source>Collective visit threshold:</source>
      <translation>集體訪人數標準：</translation>
    </message>
    <message>
      <source>A visit by this many people or more is registered as a collective visit. Cases already registered keep their mark.</source>
      <translation>來訪人數達到此標準即登記為集體訪。已登記的信訪件保持原有標記。</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>程式</translation>
    </message>
    <message>
      <source>A new language takes effect the next time the program starts.</source>
      <translation>更改介面語言後，下次啟動程式時生效。</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>介面語言：</translation>
    </message>
    <message>
      <source>This office</source>
      <translation>本單位</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>單位名稱：</translation>
    </message>
    <message>
      <source>Office code:</source>
      <translation>單位程式碼：</translation>
    </message>
    <message>
      <source>Level:</source>
      <translation>單位級別：</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>資料庫位置：</translation>
    </message>
    <message>
      <source>The office is set when the database is created (fazhi init). Back up the database file regularly.</source>
      <translation>本單位在建立資料庫時設定（fazhi init）。請定期備份資料庫檔案。</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>無法儲存</translation>
    </message>
    <message>
      <source>Saved: %d people or more count as a collective visit.</source>
      <translation>已儲存：%d 人及以上的來訪為集體訪。</translation>
    </message>
    <message>
      <source>Saved. The new language takes effect the next time the program starts.</source>
      <translation>已儲存，下次啟動程式時生效。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Rule-of-Law Petitions</source>
      <extracomment>Channels with a registration form, in the order of the navigation and of Ctrl+1…4.</extracomment>
      <translation>法治信訪</translation>
    </message>
    <message>
      <source>Search cases: number, name or words (Ctrl+F)</source>
      <translation>檢索信訪件：編號、姓名或內容（Ctrl+F）</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>工作臺</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>登記</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>來訪</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>來信</translation>
    </message>
    <message>
      <source>Online petition</source>
      <translation>網信</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>來電</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>信訪件</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Outreach and study</source>
      <translation>宣傳與學法</translation>
    </message>
    <message>
      <source>Statistics and reports</source>
      <translation>統計報表</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Red, yellow and overdue cases, cases due this week and this month's registrations will be shown here once case handling and statistics are built.</source>
      <translation>辦理時限和統計功能完成後，這裡將顯示紅色、黃色和超期信訪件，本週到期的信訪件，以及本月登記量。</translation>
    </message>
    <message>
      <source>The weekly review board of red and yellow cases comes with the statutory clock.</source>
      <translation>紅、黃色信訪件的每週研判看板將隨辦理時限功能提供。</translation>
    </message>
    <message>
      <source>Outreach events and the bureau's legal study will be recorded here.</source>
      <translation>這裡將記錄宣傳活動和本局學法情況。</translation>
    </message>
    <message>
      <source>The year's figures and indicators, with the cases behind each, will be shown here.</source>
      <translation>這裡將顯示全年的數字和指標，以及每項數字背後的信訪件。</translation>
    </message>
    <message>
      <source>No office set</source>
      <translation>尚未設定本單位</translation>
    </message>
    <message>
      <source>User: %s</source>
      <translation>操作人：%s</translation>
    </message>
  </context>
  <context>
    <name>OfficeSetupDialog</name>
    <message>
      <source>Set up this office</source>
      <translation>設定本單位</translation>
    </message>
    <message>
      <source>This database does not yet say which office it belongs to. Enter your office's code (the administrative division code, e.g. 431127) and name; case numbers start with the code.</source>
      <translation>這個資料庫還沒有設定所屬單位。請填寫本單位程式碼（行政區劃程式碼，例如 431127）和名稱；信訪件編號以單位程式碼開頭。</translation>
    </message>
    <message>
      <source>e.g. Lanshan County Petition Bureau</source>
      <translation>例如：藍山縣信訪局</translation>
    </message>
    <message>
      <source>Office code</source>
      <translation>單位程式碼</translation>
    </message>
    <message>
      <source>Office name</source>
      <translation>單位名稱</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>級別</translation>
    </message>
  </context>
  <context>
    <name>OptionalDateEdit</name>
    <message>
      <source>Type the date as digits, for example 20241118; leave it empty if unknown</source>
      <extracomment>Keys that move on from a field, as Tab does (Enter on the keypad comes with KeypadModifier).</extracomment>
      <translation>直接輸入數字，如 20241118；不清楚可不填</translation>
    </message>
    <message>
      <source>Choose from the calendar</source>
      <translation>從日曆中選擇</translation>
    </message>
  </context>
  <context>
    <name>RegistrationFields</name>
    <message>
      <source>Petitioner</source>
      <extracomment>The flags of a case (CaseInput attribute names), in the order the check boxes show them. The ID number changed: the earlier cases may be others now. The name or the phone changed (they find the earlier cases when there is no ID number). The head count changed (the 集体访 banner follows it).</extracomment>
      <translation>信訪人</translation>
    </message>
    <message>
      <source>18-digit ID number (15 on old cards)</source>
      <translation>18 位身份證號碼（舊證 15 位）</translation>
    </message>
    <message>
      <source>Mobile or landline</source>
      <translation>手機或固定電話</translation>
    </message>
    <message>
      <source>people</source>
      <translation>人</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>證件號碼</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性別</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>聯絡電話</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Petition</source>
      <translation>信訪事項</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Higher level's number</source>
      <translation>上級件號</translation>
    </message>
    <message>
      <source>Higher level's deadline</source>
      <translation>上級期限</translation>
    </message>
    <message>
      <source>Online petition number</source>
      <translation>網上信訪編號</translation>
    </message>
    <message>
      <source>Place of the problem</source>
      <translation>問題屬地</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>內容分類</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性質</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>信訪目的</translation>
    </message>
    <message>
      <source>Complained about</source>
      <translation>被反映物件</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳細內容</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>標記</translation>
    </message>
    <message>
      <source>Type a township or village to search</source>
      <translation>輸入鄉鎮或村名檢索</translation>
    </message>
    <message>
      <source>Type a word to search</source>
      <translation>輸入關鍵字檢索</translation>
    </message>
    <message>
      <source>The person or unit complained about, if any</source>
      <translation>被反映的人員或單位（如有）</translation>
    </message>
    <message>
      <source>One sentence: the problem and what the petitioner asks for</source>
      <translation>一句話概括反映的問題和訴求</translation>
    </message>
    <message>
      <source>What the petitioner says, in detail (Tab moves on)</source>
      <translation>信訪人反映的具體情況（按 Tab 鍵跳到下一項）</translation>
    </message>
    <message>
      <source>The sender's address on the envelope</source>
      <translation>信封上的寄信人地址</translation>
    </message>
    <message>
      <source>Letter date (postmark)</source>
      <translation>來信日期</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>收信日期</translation>
    </message>
    <message>
      <source>Envelope address</source>
      <translation>信封地址</translation>
    </message>
    <message>
      <source>Skipped a level</source>
      <translation>越級</translation>
    </message>
    <message>
      <source>The visit skips the competent level</source>
      <translation>越過有權處理的機關向上級反映</translation>
    </message>
    <message>
      <source>Major or urgent</source>
      <translation>重大緊急</translation>
    </message>
    <message>
      <source>Threat of extreme action</source>
      <translation>揚言</translation>
    </message>
    <message>
      <source>Three-cross</source>
      <translation>三跨三分離</translation>
    </message>
    <message>
      <source>Crosses regions, departments or trades, or the person, the problem and the home are apart</source>
      <translation>跨地區、跨部門、跨行業，或人事分離、人戶分離、人事戶分離</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>No name is needed for an anonymous petition</source>
      <translation>匿名信訪可不填姓名</translation>
    </message>
    <message>
      <source>Agrees to publication</source>
      <translation>同意公開</translation>
    </message>
    <message>
      <source>Not for publication</source>
      <translation>不宜公開</translation>
    </message>
    <message>
      <source>Left out of evaluation and public figures</source>
      <translation>不參加滿意度評價，不對外公開</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <source>Enter moves to the next field · Ctrl+S saves · Ctrl+Enter saves and starts the next</source>
      <extracomment>Fewer characters of an ID number than this match too many people to be worth a look-up. A case was registered from this form (carries its id). The user asks to open an earlier case from the side panel (carries its id).</extracomment>
      <translation>回車跳到下一項 · Ctrl+S 儲存 · Ctrl+Enter 儲存並登記下一件</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save and register the next (Ctrl+Enter)</source>
      <translation>儲存並登記下一件 (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <source>Register a visit</source>
      <translation>來訪登記</translation>
    </message>
    <message>
      <source>Register a letter</source>
      <translation>來信登記</translation>
    </message>
    <message>
      <source>Register an online petition</source>
      <translation>網上信訪登記</translation>
    </message>
    <message>
      <source>Register a phone call</source>
      <translation>來電登記</translation>
    </message>
    <message>
      <source>Register a petition</source>
      <translation>信訪登記</translation>
    </message>
    <message>
      <source>Registered %s (a repeat of %s)</source>
      <translation>已登記 %s（重複件，關聯 %s）</translation>
    </message>
    <message>
      <source>Registered %s</source>
      <translation>已登記 %s</translation>
    </message>
    <message>
      <source>This person already has case %s (%s, %s). Register this case as a repeat of that matter?</source>
      <translation>此人已有信訪件 %s（%s，%s）。將本件登記為該事項的重複件嗎？</translation>
    </message>
    <message>
      <source>Repeat petition?</source>
      <translation>重複信訪</translation>
    </message>
    <message>
      <source>Collective visit (%s people)</source>
      <translation>集體訪（%s人）</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Townships (subdistricts)</source>
      <translation>鄉鎮（街道）</translation>
    </message>
    <message>
      <source>Villages (communities)</source>
      <translation>村（社群）</translation>
    </message>
    <message>
      <source>Responsible units</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>Content categories</source>
      <translation>內容分類</translation>
    </message>
    <message>
      <source>Petition purposes</source>
      <translation>信訪目的</translation>
    </message>
    <message>
      <source>General</source>
      <translation>基本設定</translation>
    </message>
  </context>
</TS>