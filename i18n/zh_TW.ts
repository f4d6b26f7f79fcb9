<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>Add user</source>
      <translation>新增使用者</translation>
    </message>
    <message>
      <source>The user chooses a password of their own at the first log-in.</source>
      <translation>使用者首次登入時須改為自己的密碼。</translation>
    </message>
    <message>
      <source>User name:</source>
      <translation>使用者名稱：</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>角色：</translation>
    </message>
    <message>
      <source>Township:</source>
      <translation>所屬鄉鎮：</translation>
    </message>
    <message>
      <source>First password:</source>
      <translation>初始密碼：</translation>
    </message>
    <message>
      <source>Password again:</source>
      <translation>再次輸入密碼：</translation>
    </message>
    <message>
      <source>The two passwords differ. Type them again.</source>
      <translation>兩次輸入的密碼不一樣，請重新輸入。</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Cannot open the database</source>
      <translation>無法開啟資料庫</translation>
    </message>
  </context>
  <context>
    <name>ArchiveButton</name>
    <message>
      <source>Archived %s · Revoke…</source>
      <translation>已歸檔 %s · 撤銷歸檔…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>歸檔</translation>
    </message>
    <message>
      <source>Archived under %s.</source>
      <translation>已歸檔，檔號 %s。</translation>
    </message>
    <message>
      <source>Why is the filing revoked?</source>
      <translation>撤銷歸檔的理由（需要更正的內容）：</translation>
    </message>
  </context>
  <context>
    <name>AttachmentPicker</name>
    <message>
      <source>Add file…</source>
      <translation>新增附件…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>選擇附件</translation>
    </message>
    <message>
      <source>Scans and documents (%s)</source>
      <translation>掃描件和文件 (%s)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <source>New review</source>
      <translation>新建評查</translation>
    </message>
    <message>
      <source>e.g. Q4 2024 review</source>
      <translation>例如：2024年第四季度評查</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>姓名，用逗號分隔</translation>
    </message>
    <message>
      <source>At random within each unit</source>
      <translation>每個責任單位隨機抽取</translation>
    </message>
    <message>
      <source>Every case of the period</source>
      <translation>期間內全部案件</translation>
    </message>
    <message>
      <source>The higher level's list (Excel)</source>
      <translation>上級交辦的不規範事項清單（Excel）</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>選擇檔案…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>From</source>
      <translation>評查期間起</translation>
    </message>
    <message>
      <source>To</source>
      <translation>評查期間止</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>評查組</translation>
    </message>
    <message>
      <source>Draw the sample</source>
      <translation>抽樣並檢查</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>The list of irregularities</source>
      <translation>不規範事項清單</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Audit trail</source>
      <extracomment>The outcomes an entry records (store.audit_chain's words). The newest entries the page lists (the export holds every matching one).</extracomment>
      <translation>審計</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>User</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>PC</source>
      <translation>計算機</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失敗</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>成功</translation>
    </message>
    <message>
      <source>What</source>
      <translation>內容</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>Action, e.g. case or user.login</source>
      <translation>操作，如 case 或 user.login</translation>
    </message>
    <message>
      <source>From</source>
      <translation>日期從</translation>
    </message>
    <message>
      <source>All outcomes</source>
      <translation>全部結果</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>查詢</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>核對記錄鏈</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>匯出…</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>%1 entries match; the newest %2 are shown.</source>
      <translation>符合條件的共 %1 條，顯示最新的 %2 條。</translation>
    </message>
    <message>
      <source>Verifying the chain…</source>
      <translation>正在核對記錄鏈…</translation>
    </message>
    <message>
      <source>The trail is empty.</source>
      <translation>還沒有審計記錄。</translation>
    </message>
    <message>
      <source>The chain holds: %1 entries, head No. %2, SHA-256 %3.</source>
      <translation>審計記錄鏈完好：共 %1 條，鏈頭第 %2 條，校驗值 %3。</translation>
    </message>
    <message>
      <source>Export audit trail</source>
      <translation>匯出審計記錄</translation>
    </message>
    <message>
      <source>Exporting the audit trail…</source>
      <translation>正在匯出審計記錄…</translation>
    </message>
    <message>
      <source>Exported %1 entries to %2.</source>
      <translation>已匯出 %1 條審計記錄到 %2。</translation>
    </message>
  </context>
  <context>
    <name>AutoBackupBox</name>
    <message>
      <source>Automatic backups</source>
      <translation>自動備份</translation>
    </message>
    <message>
      <source>A copy is made at the first start of each day and before every restore and import. Choose a folder on a USB stick to keep the copies off this PC; leave it empty for the backups folder beside the database.</source>
      <translation>每天第一次啟動時、每次恢復和匯入之前自動備份一份。可以選擇隨身碟上的資料夾，讓備份不放在這臺電腦上；不選則放在資料庫旁的 backups 資料夾中。</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <source>Beside the database</source>
      <translation>資料庫旁</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>資料夾</translation>
    </message>
    <message>
      <source>Daily copies kept</source>
      <translation>保留每日備份（個）</translation>
    </message>
    <message>
      <source>Monthly copies kept</source>
      <translation>保留每月備份（個）</translation>
    </message>
    <message>
      <source>Warn after days without a backup</source>
      <translation>超過幾天沒有備份時提醒</translation>
    </message>
    <message>
      <source>Back up now and tidy old copies</source>
      <translation>立即備份並清理舊備份</translation>
    </message>
    <message>
      <source>Folder for automatic backups</source>
      <translation>自動備份的資料夾</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation>正在備份資料庫…</translation>
    </message>
    <message>
      <source>The database is on a server: its administrator backs it up.</source>
      <translation>資料庫在伺服器上，由伺服器管理員負責備份。</translation>
    </message>
    <message>
      <source>Backed up to %1; %2 old copies removed.</source>
      <translation>已備份到 %1；刪除了 %2 箇舊備份。</translation>
    </message>
  </context>
  <context>
    <name>BackupAgeLine</name>
    <message>
      <source>Backup: by the server's administrator</source>
      <translation>備份：由伺服器管理員負責</translation>
    </message>
    <message>
      <source>Backup: none yet. Back up under Settings › Data safety.</source>
      <translation>備份：還沒有備份。請在 設定 › 資料安全 中備份。</translation>
    </message>
    <message>
      <source>Backup: today</source>
      <translation>備份：今天</translation>
    </message>
    <message>
      <source>Backup: %1 days ago</source>
      <translation>備份：%1 天前</translation>
    </message>
    <message>
      <source>No backup for %1 days: back up now under Settings › Data safety.</source>
      <translation>已 %1 天沒有備份：請立即在 設定 › 資料安全 中備份。</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <source>This period</source>
      <translation>本期</translation>
    </message>
    <message>
      <source>A year earlier</source>
      <translation>去年同期</translation>
    </message>
    <message>
      <source>A year earlier (in brackets)</source>
      <extracomment>The legend's words for last year's numbers, which horizontal charts write in brackets.</extracomment>
      <translation>去年同期（括號內數字）</translation>
    </message>
    <message>
      <source>Nothing registered in this period</source>
      <translation>本期沒有登記信訪件</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>%1: %2 (%3 %4)</source>
      <translation>%1：%2（%3 %4）</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
  </context>
  <context>
    <name>Breakdowns</name>
    <message>
      <source>Channel</source>
      <translation>信訪形式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>問題屬地</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>責任單位</translation>
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
      <source>Petition purpose</source>
      <translation>信訪目的</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>辦理結果</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>No township given</source>
      <extracomment>The line of the cases without a value (`NONE_LABELS`).</extracomment>
      <translation>未填寫屬地</translation>
    </message>
    <message>
      <source>Not passed to a unit</source>
      <translation>未轉交責任單位</translation>
    </message>
    <message>
      <source>Uncategorised</source>
      <translation>未分類</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>未填寫</translation>
    </message>
    <message>
      <source>Not yet completed</source>
      <translation>尚未辦結</translation>
    </message>
    <message>
      <source>Reply: %1</source>
      <extracomment>How the handling ended (`domain.indicator_facts.OUTCOME_LABELS`), by outcome code or its prefix.</extracomment>
      <translation>答覆：%1</translation>
    </message>
    <message>
      <source>Referred to a legal procedure: %1</source>
      <translation>導入法定途徑：%1</translation>
    </message>
    <message>
      <source>Mediation agreement reached</source>
      <translation>調解協議成功</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>撤回</translation>
    </message>
    <message>
      <source>Not accepted</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Informed</source>
      <translation>告知</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>辦結</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>作廢</translation>
    </message>
    <message>
      <source>January</source>
      <translation>1月</translation>
    </message>
    <message>
      <source>February</source>
      <translation>2月</translation>
    </message>
    <message>
      <source>March</source>
      <translation>3月</translation>
    </message>
    <message>
      <source>April</source>
      <translation>4月</translation>
    </message>
    <message>
      <source>May</source>
      <translation>5月</translation>
    </message>
    <message>
      <source>June</source>
      <translation>6月</translation>
    </message>
    <message>
      <source>July</source>
      <translation>7月</translation>
    </message>
    <message>
      <source>August</source>
      <translation>8月</translation>
    </message>
    <message>
      <source>September</source>
      <translation>9月</translation>
    </message>
    <message>
      <source>October</source>
      <translation>10月</translation>
    </message>
    <message>
      <source>November</source>
      <translation>11月</translation>
    </message>
    <message>
      <source>December</source>
      <translation>12月</translation>
    </message>
    <message>
      <source>%2 %1</source>
      <extracomment>Breakdowns whose lines are vocabulary codes.</extracomment>
      <translation>%1年%2</translation>
    </message>
    <message>
      <source> (to day %1)</source>
      <translation>（截至%1日）</translation>
    </message>
    <message>
      <source>Year %1</source>
      <translation>%1年</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 至 %2</translation>
    </message>
  </context>
  <context>
    <name>BreakdownsTab</name>
    <message>
      <source>Broken down by:</source>
      <translation>分類依據：</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>專案</translation>
    </message>
    <message>
      <source>Registrations</source>
      <translation>件次</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>佔比</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人次</translation>
    </message>
    <message>
      <source>Registrations a year earlier</source>
      <translation>去年同期件次</translation>
    </message>
    <message>
      <source>People a year earlier</source>
      <translation>去年同期人次</translation>
    </message>
    <message>
      <source>Change (registrations)</source>
      <translation>件次同比</translation>
    </message>
    <message>
      <source>Change (people)</source>
      <translation>人次同比</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
  </context>
  <context>
    <name>BulletinTab</name>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期應辦結</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>按期辦結</translation>
    </message>
    <message>
      <source>On-time rate</source>
      <translation>按期辦結率</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未辦</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>群眾滿意</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>重複信訪</translation>
    </message>
    <message>
      <source>Supervised</source>
      <translation>本月督辦</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>顯示</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>儲存 PDF…</translation>
    </message>
    <message>
      <source>Save PDF and Excel…</source>
      <translation>儲存 PDF 和 Excel…</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Units in charge</source>
      <translation>責任單位排名</translation>
    </message>
    <message>
      <source>Townships</source>
      <translation>鄉鎮（街道）排名</translation>
    </message>
    <message>
      <source>As of %s: %d due, %d on time (%s), %d overdue; %d of %d evaluations satisfied; %d repeats.</source>
      <translation>截至 %s：到期應辦結 %d 件，按期辦結 %d 件（%s），逾期未辦 %d 件；評價 %d/%d 滿意；重複信訪 %d 件。</translation>
    </message>
    <message>
      <source>Saved %s.</source>
      <translation>已儲存 %s。</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailDialog</name>
    <message>
      <source>Case</source>
      <extracomment>The step dialog open over this window, if any. The label showing each field's value, by the attribute it shows (`CaseDetailLists.field_groups`). The cases opened from this one's matter (kept alive while this window is).</extracomment>
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
      <source>Print</source>
      <translation>列印</translation>
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
      <source>%d person</source>
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
      <source>Deadline in a year without a holiday table</source>
      <translation>期限所在年份未錄入節假日安排</translation>
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
      <source>Received at (%d)</source>
      <translation>接訪活動 (%d)</translation>
    </message>
    <message>
      <source>The reception days, visits and appointments where a leader received this case.</source>
      <translation>領導在以下接訪日、下訪或約訪中接待了本件。</translation>
    </message>
    <message>
      <source>This case was not received at a leader's reception day, visit or appointment.</source>
      <translation>本件沒有在領導接訪日、下訪或約訪中接待過。</translation>
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
      <translation>被反映對象</translation>
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
      <source>Reception kind</source>
      <translation>接訪類別</translation>
    </message>
    <message>
      <source>Receiving leader</source>
      <translation>接訪領導</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Cases received</source>
      <translation>接待的信訪件</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
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
    <name>CaseIdsModel</name>
    <message>
      <source>Number</source>
      <extracomment>The columns every list has, before the facts that explain it.</extracomment>
      <translation>編號</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Acceptance deadline</source>
      <extracomment>Headers of the explaining columns (the service names them in Chinese, for reports).</extracomment>
      <translation>受理轉交期限</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>處理決定日期</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>處理決定</translation>
    </message>
    <message>
      <source>Handling deadline</source>
      <translation>辦理期限</translation>
    </message>
    <message>
      <source>Replied or completed on</source>
      <translation>答覆或辦結日期</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>辦理結果</translation>
    </message>
    <message>
      <source>Delivered on</source>
      <translation>送達日期</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>評價</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>辦結日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Routed on</source>
      <translation>轉交日期</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>被退回</translation>
    </message>
    <message>
      <source>Repeat petition</source>
      <translation>重複信訪</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信訪形式</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Leader took charge on</source>
      <translation>包案日期</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>色級</translation>
    </message>
    <message>
      <source>Warning reasons</source>
      <translation>預警原因</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>下一期限</translation>
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
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>CaseListDialog</name>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>共 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <source>Double-click a case (or press Enter) to open it.</source>
      <translation>雙擊某一件（或按回車）開啟信訪件。</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <source>Number, petitioner or words of the summary</source>
      <extracomment>清除筛选 was pressed (the window clears its own search box too).</extracomment>
      <translation>編號、信訪人或摘要中的文字</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>清除篩選</translation>
    </message>
    <message>
      <source>Export ledger…</source>
      <translation>匯出臺賬…</translation>
    </message>
    <message>
      <source>Write the cases the list shows to an Excel ledger</source>
      <translation>把列表中顯示的信訪件匯出為 Excel 臺賬</translation>
    </message>
    <message>
      <source>Most urgent first</source>
      <translation>按緊急程度</translation>
    </message>
    <message>
      <source>Overdue first, then the fewest days left; red before yellow before green</source>
      <translation>超期的在前，其次剩餘天數少的在前；期限相同時紅色在前，其次黃色、綠色</translation>
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
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Sort</source>
      <translation>排序</translation>
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
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
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
      <extracomment>The columns that show a vocabulary value, and its vocabulary. The filter last counted and its count (a new sort needs no count).</extracomment>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>overdue by %1 days</source>
      <translation>已超期 %1 天</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <source>%1 days left</source>
      <translation>還剩 %1 天</translation>
    </message>
    <message>
      <source>%1 %2: %3</source>
      <translation>%1 %2：%3</translation>
    </message>
  </context>
  <context>
    <name>CasesDialog</name>
    <message>
      <source>Add cases to %1</source>
      <translation>列入臺賬：%1</translation>
    </message>
    <message>
      <source>Case numbers or higher levels' numbers, one a line</source>
      <translation>信訪件編號或上級件號，每行一個</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Change password</source>
      <extracomment>Input that counts as someone at the PC (resets the idle clock).</extracomment>
      <translation>修改密碼</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>原密碼：</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>新密碼：</translation>
    </message>
    <message>
      <source>New password again:</source>
      <translation>再次輸入新密碼：</translation>
    </message>
    <message>
      <source>The two new passwords differ. Type them again.</source>
      <translation>兩次輸入的新密碼不一樣，請重新輸入。</translation>
    </message>
  </context>
  <context>
    <name>ChartsTab</name>
    <message>
      <source>%1 %2</source>
      <translation>%2年%1</translation>
    </message>
    <message>
      <source>Registrations by month</source>
      <translation>按月信訪量（件次）</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>按內容分類（件次）</translation>
    </message>
    <message>
      <source>By township</source>
      <translation>按問題屬地（件次）</translation>
    </message>
    <message>
      <source>By channel</source>
      <translation>按信訪形式（件次）</translation>
    </message>
    <message>
      <source>Others</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>* %1: up to %2, beside the same days a year earlier.</source>
      <translation>* %1：截至 %2，與上年同月的相同日期比較。</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <source>Check</source>
      <translation>檢查</translation>
    </message>
    <message>
      <source>The ledger was read and checked; nothing has been written yet.</source>
      <translation>已讀取並檢查臺賬，尚未寫入任何資料。</translation>
    </message>
    <message>
      <source>First add the townships, categories and units not in the directories</source>
      <translation>先把不在目錄中的鄉鎮、內容分類和責任單位加入目錄</translation>
    </message>
    <message>
      <source>They are added in the same step as the cases: a cancelled import adds nothing.</source>
      <translation>與信訪件在同一步中加入：取消匯入則什麼也不加。</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>匯入</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在檢查…</translation>
    </message>
  </context>
  <context>
    <name>ClockPanel</name>
    <message>
      <source>Review meeting</source>
      <extracomment>The colour of each deadline state: the tier colour it leads to.</extracomment>
      <translation>研判結論</translation>
    </message>
    <message>
      <source>Automatic tier</source>
      <translation>自動評定</translation>
    </message>
    <message>
      <source>State: %s</source>
      <extracomment>The deadlines as read (for tests and for the screen reader): one line each.</extracomment>
      <translation>當前狀態：%s</translation>
    </message>
    <message>
      <source>A completion report to the higher level is still owed.</source>
      <translation>尚需向上級報送辦結報告。</translation>
    </message>
    <message>
      <source>%1 %2: %3</source>
      <translation>%1 %2：%3</translation>
    </message>
    <message>
      <source>Steps that break the procedure (please check):</source>
      <translation>以下步驟不符合辦理程式，請核查：</translation>
    </message>
    <message>
      <source>Extended %d time(s), %d days; %d days of extension left</source>
      <translation>已延期 %d 次、共 %d 日，還可延期 %d 日</translation>
    </message>
    <message>
      <source>No deadline is pending.</source>
      <translation>當前沒有待辦期限。</translation>
    </message>
    <message>
      <source>counted from %s</source>
      <translation>自 %s 起算</translation>
    </message>
    <message>
      <source>⚠ %s, counted with weekends only</source>
      <translation>⚠ %s，只按週末推算</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>overdue by %d days</source>
      <translation>已超期 %d 天</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <source>%d days left</source>
      <translation>還剩 %d 天</translation>
    </message>
    <message>
      <source>The petitioner may ask for a review until %s.</source>
      <translation>信訪人可在 %s 前請求複查。</translation>
    </message>
    <message>
      <source>The petitioner may ask for a recheck until %s.</source>
      <translation>信訪人可在 %s 前請求複核。</translation>
    </message>
    <message>
      <source>The petitioner's request window ends on %s.</source>
      <translation>信訪人的請求期限至 %s。</translation>
    </message>
    <message>
      <source>Closed matters have no tier.</source>
      <translation>已辦結的事項不分色級。</translation>
    </message>
    <message>
      <source>Not reviewed by the meeting.</source>
      <translation>尚未研判。</translation>
    </message>
  </context>
  <context>
    <name>ConformityPage</name>
    <message>
      <source>Cases with problems</source>
      <extracomment>The cases were judged again for today (or already were) and the lists read again.</extracomment>
      <translation>不規範案件</translation>
    </message>
    <message>
      <source>Reviews and rectification</source>
      <translation>評查與整改</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>評查規則</translation>
    </message>
    <message>
      <source>Handler login</source>
      <translation>經辦人登入名</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>查詢</translation>
    </message>
    <message>
      <source>Registered from</source>
      <translation>登記日期從</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>鄉鎮</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>規則</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>評查</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>評查期間</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>評查組</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>件數</translation>
    </message>
    <message>
      <source>Problems (open)</source>
      <translation>問題（未整改）</translation>
    </message>
    <message>
      <source>Rules version</source>
      <translation>規則版本</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>依據</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>整改責任人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Put right on</source>
      <translation>整改完成日期</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未整改</translation>
    </message>
    <message>
      <source>Record rectification done</source>
      <translation>記錄整改完成</translation>
    </message>
    <message>
      <source>New review…</source>
      <translation>新建評查…</translation>
    </message>
    <message>
      <source>Add the team's finding…</source>
      <translation>記錄評查組發現的問題…</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Checking every case against the rules…</source>
      <translation>正在按評查規則檢查每件信訪件…</translation>
    </message>
    <message>
      <source>%d case(s) with problems</source>
      <translation>有不規範問題的信訪件 %d 件</translation>
    </message>
    <message>
      <source>Select a problem in the list first.</source>
      <translation>請先在列表中選中一個問題。</translation>
    </message>
    <message>
      <source>Rectification recorded.</source>
      <translation>已記錄整改完成。</translation>
    </message>
    <message>
      <source>Review %s recorded: %d case(s), %d problem(s).</source>
      <translation>已新建評查「%s」：%d 件，%d 個問題。</translation>
    </message>
    <message>
      <source>Select a review first.</source>
      <translation>請先選中一次評查。</translation>
    </message>
    <message>
      <source>The team's finding</source>
      <translation>評查組發現的問題</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>信訪件編號</translation>
    </message>
    <message>
      <source>What is wrong</source>
      <translation>存在的問題</translation>
    </message>
    <message>
      <source>The team's finding recorded.</source>
      <translation>已記錄評查組發現的問題。</translation>
    </message>
  </context>
  <context>
    <name>ConformityPanel</name>
    <message>
      <source>Rule</source>
      <translation>規則</translation>
    </message>
    <message>
      <source>What is missing</source>
      <translation>缺少什麼</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>依據</translation>
    </message>
    <message>
      <source>Where to put it right</source>
      <translation>在哪裡補正</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Conformity</source>
      <translation>規範性</translation>
    </message>
    <message>
      <source>Not conforming: %d problem(s) found by the rules as of today; score %d of %d.</source>
      <translation>不規範：按今天的狀態，評查規則發現 %d 個問題，得分 %d（滿分 %d）。</translation>
    </message>
    <message>
      <source>Conformity (%d)</source>
      <translation>規範性（%d）</translation>
    </message>
    <message>
      <source>Conforming: the rules find nothing missing in this case as of today.</source>
      <translation>規範：按今天的狀態，評查規則未發現本件缺少什麼。</translation>
    </message>
  </context>
  <context>
    <name>ConformityRules</name>
    <message>
      <source>Registration complete: petitioner, request, place of the problem, nature</source>
      <translation>登記完整：信訪人、訴求、問題屬地、性質</translation>
    </message>
    <message>
      <source>Accepted, not accepted, forwarded or assigned within 15 days, and the petitioner told</source>
      <translation>15日內作出受理、不予受理或轉送交辦，並告知信訪人</translation>
    </message>
    <message>
      <source>Notice of acceptance or of non-acceptance issued</source>
      <translation>受理告知書、不予受理告知書已印發</translation>
    </message>
    <message>
      <source>Written reply delivered, with the signed proof of delivery</source>
      <translation>處理意見書已送達，並附簽收的送達回證</translation>
    </message>
    <message>
      <source>Replied within the handling period (an approved extension included)</source>
      <translation>在辦理期限（含經批准的延期）內答覆</translation>
    </message>
    <message>
      <source>The reply told the petitioner of the right to review and re-examination, its time limit and authority</source>
      <translation>答覆告知了申請複查、複核的權利、期限和機關</translation>
    </message>
    <message>
      <source>Review and re-examination opinions given within 30 days</source>
      <translation>複查、複核在30日內作出意見</translation>
    </message>
    <message>
      <source>The petitioner asked to evaluate satisfaction once the reply was delivered</source>
      <translation>答覆送達後請信訪人作滿意度評價</translation>
    </message>
    <message>
      <source>An accusation is never passed to the unit or person accused</source>
      <translation>檢舉控告件不得轉給被檢舉控告的單位或人員</translation>
    </message>
    <message>
      <source>A petition of the same person on the same matter again is linked to the first as a repeat</source>
      <translation>同一信訪人就同一事項再次信訪的，作為重複件關聯到原事項</translation>
    </message>
    <message>
      <source>Decisions (non-acceptance, reply, mediation, review, re-examination) carry a scan of the document</source>
      <translation>不予受理、答覆、調解、複查複核等決定附有文書掃描件</translation>
    </message>
    <message>
      <source>Add what is missing with a Correction step in the case's detail</source>
      <translation>在信訪件詳情用「更正」步驟補登缺少的專案</translation>
    </message>
    <message>
      <source>Record an Accept, Not accepted, Forward or Inform step in the case's detail</source>
      <translation>在信訪件詳情記錄「受理」「不予受理」「轉送」或「告知」步驟</translation>
    </message>
    <message>
      <source>Issue the notice from the case's Print menu</source>
      <translation>在信訪件的「列印」中印發相應告知書</translation>
    </message>
    <message>
      <source>Record a Delivery step and attach the scan of the signed proof of delivery</source>
      <translation>記錄「送達」步驟，並附上簽收的送達回證掃描件</translation>
    </message>
    <message>
      <source>Record the Reply step; where more time is truly needed, have the head approve it first and record an Extension</source>
      <translation>記錄「答覆」步驟；確需延期的，先經負責人批准並記錄「延期」</translation>
    </message>
    <message>
      <source>Issue the written reply (review opinion) from the case's Print menu: it states how to ask for a review (re-examination)</source>
      <translation>在信訪件的「列印」中印發信訪處理意見書（複查意見書），其中寫明覆查（複核）途徑</translation>
    </message>
    <message>
      <source>Record a Review opinion or Re-examination opinion step</source>
      <translation>記錄「複查意見」或「複核意見」步驟</translation>
    </message>
    <message>
      <source>Record an Evaluation step (a petitioner who does not evaluate is recorded as not evaluated)</source>
      <translation>記錄「評價」步驟（信訪人不評價的，記為未評價）</translation>
    </message>
    <message>
      <source>Have an authority entitled to handle it do so, leave the petitioner out when forwarding, and report to the leadership</source>
      <translation>改由有權處理的機關辦理，轉送時隱去信訪人資訊，並向領導報告</translation>
    </message>
    <message>
      <source>Name the first case under Repeat when registering again, or explain it with a Correction</source>
      <translation>重新登記時在「重複件」中指明原信訪件，或用「更正」說明</translation>
    </message>
    <message>
      <source>Attach the scan of the signed document to its step</source>
      <translation>在相應步驟上附上籤發文書的掃描件</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 25</source>
      <translation>《信訪工作條例》第二十五條</translation>
    </message>
    <message>
      <source>Regulations on Petitions, arts. 25 and 30</source>
      <translation>《信訪工作條例》第二十五條、第三十條</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 30</source>
      <translation>《信訪工作條例》第三十條</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 34</source>
      <translation>《信訪工作條例》第三十四條</translation>
    </message>
    <message>
      <source>Regulations on Petitions, arts. 35 and 36</source>
      <translation>《信訪工作條例》第三十五條、第三十六條</translation>
    </message>
    <message>
      <source>Measures for the public's evaluation of petition handling</source>
      <translation>《信訪事項辦理群眾滿意度評價工作辦法》</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 44</source>
      <translation>《信訪工作條例》第四十四條</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
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
    <name>DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <extracomment>The columns of each list behind a number. How many red cases the page lists under the numbers. A case was asked to be opened. The numbers arrived (tests wait for it). A link of the first-run checklist asked for another page (ui/first_run.py's targets).</extracomment>
      <translation>工作臺</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>重新整理</translation>
    </message>
    <message>
      <source>Red: open cases</source>
      <translation>紅色預警（件）</translation>
    </message>
    <message>
      <source>Yellow: open cases</source>
      <translation>黃色預警（件）</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期（件）</translation>
    </message>
    <message>
      <source>Due this week</source>
      <translation>本週到期（件）</translation>
    </message>
    <message>
      <source>Registered today</source>
      <translation>今日登記（件）</translation>
    </message>
    <message>
      <source>Registered this month</source>
      <translation>本月登記（件）</translation>
    </message>
    <message>
      <source>Same days last year</source>
      <translation>去年同期登記（件）</translation>
    </message>
    <message>
      <source>Completion reports due to higher levels</source>
      <translation>待報上級辦結報告（件）</translation>
    </message>
    <message>
      <source>Red cases, most urgent first</source>
      <translation>紅色預警信訪件（按期限先後）</translation>
    </message>
    <message>
      <source>Click a number to list its cases; double-click a case to open it.</source>
      <translation>點選數字列出相應的信訪件；雙擊某一件開啟它。</translation>
    </message>
    <message>
      <source>dddd, d MMMM yyyy</source>
      <translation>yyyy年M月d日　dddd</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>since %1, %2 against a year earlier</source>
      <translation>自 %1 起，同比 %2</translation>
    </message>
    <message>
      <source>%1 to %2 a year earlier</source>
      <translation>去年同期：%1 至 %2</translation>
    </message>
    <message>
      <source>The numbers could not be read: %1</source>
      <translation>無法讀取工作臺數字：%1</translation>
    </message>
  </context>
  <context>
    <name>DataSafetyPanel</name>
    <message>
      <source>Back up</source>
      <translation>備份</translation>
    </message>
    <message>
      <source>Back up the database…</source>
      <translation>備份資料庫…</translation>
    </message>
    <message>
      <source>Copies every record, photo and attachment into one file, while the program keeps working. Keep copies on another disk or a USB stick, and make one every week.</source>
      <translation>把全部記錄、照片和附件複製到一個檔案裡，備份時程式可以照常使用。請把備份存到另一塊磁碟或隨身碟上，每週至少備份一次。</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢復</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>從備份恢復…</translation>
    </message>
    <message>
      <source>Replaces all the data with a backup file. The current database is backed up first; the program closes afterwards and opens the restored data when started again.</source>
      <translation>用備份檔案替換全部資料。恢復前會先自動備份當前資料庫；恢復後程式會關閉，再次啟動即開啟恢復後的資料。</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>檢查</translation>
    </message>
    <message>
      <source>Check the database</source>
      <translation>檢查資料庫</translation>
    </message>
    <message>
      <source>Checks the file, the search index, case numbers, petitioners and the files kept with cases and events. Nothing is changed.</source>
      <translation>檢查資料庫檔案、全文檢索索引、信訪件編號、信訪人，以及信訪件和宣傳活動中儲存的檔案。不會改動任何資料。</translation>
    </message>
    <message>
      <source>Back up the database to</source>
      <translation>把資料庫備份到</translation>
    </message>
    <message>
      <source>Backups (*.db)</source>
      <translation>備份檔案 (*.db)</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation>正在備份資料庫…</translation>
    </message>
    <message>
      <source>Backed up to %1 (%2 cases, %3 MB).</source>
      <translation>已備份到 %1（信訪件 %2 件，%3 MB）。</translation>
    </message>
    <message>
      <source>Restore from the backup</source>
      <translation>選擇要恢復的備份</translation>
    </message>
    <message>
      <source>Backups (*.db);;All files (*)</source>
      <translation>備份檔案 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>從備份恢復</translation>
    </message>
    <message>
      <source>Replace ALL the data in this database with the backup %1?

The current database is backed up first. The program closes when the restore is done.</source>
      <translation>確定用備份 %1 替換這個資料庫中的全部資料嗎？

恢復前會先自動備份當前資料庫。恢復完成後程式會關閉。</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>正在恢復備份…</translation>
    </message>
    <message>
      <source>(there was no data)</source>
      <translation>（原來沒有資料）</translation>
    </message>
    <message>
      <source>The backup was restored: %1 cases. The database as it was before is kept in %2.

The program will now close. Start it again to work with the restored data.</source>
      <translation>備份已恢復：信訪件 %1 件。恢復前的資料庫儲存在 %2。

程式現在將關閉，請再次啟動，即可使用恢復後的資料。</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>已恢復</translation>
    </message>
    <message>
      <source>Checking the database…</source>
      <translation>正在檢查資料庫…</translation>
    </message>
    <message>
      <source>The database is sound: no problem found.</source>
      <translation>資料庫完好：沒有發現問題。</translation>
    </message>
    <message>
      <source>Problems found:</source>
      <translation>發現以下問題：</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>發現問題</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
  </context>
  <context>
    <name>DatedDialog</name>
    <message>
      <source>Case:</source>
      <translation>信訪件：</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>做了哪些工作</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>進展情況：</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>Meeting decision on %s</source>
      <extracomment>The board's selected case: (id, number), or None.</extracomment>
      <translation>研判決定：%s</translation>
    </message>
    <message>
      <source>Leader or unit in charge</source>
      <translation>包案領導或責任單位</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>會議</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>研判定級</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>責任人</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次研判</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>化解措施</translation>
    </message>
  </context>
  <context>
    <name>DirectoryEditor</name>
    <message>
      <source>Township:</source>
      <extracomment>Directories whose entries carry a code the administrator may type. The add or rename dialog while it is open (tests fill it in and accept it). The keywords dialog while it is open (tests fill it in and accept it).</extracomment>
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
      <source>Keywords…</source>
      <translation>關鍵詞…</translation>
    </message>
    <message>
      <source>Take the template</source>
      <translation>採用模板</translation>
    </message>
    <message>
      <source>Add the usual content categories that are missing, with their keywords</source>
      <translation>補上常用內容分類中缺少的，並附上關鍵詞</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代碼</translation>
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
      <source>Keywords</source>
      <translation>關鍵詞</translation>
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
      <translation>可不填，例如行政區劃代碼 431127100</translation>
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
      <translation>代碼：</translation>
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
    <message>
      <source>Keywords of “%s”</source>
      <translation>“%s”的關鍵詞</translation>
    </message>
    <message>
      <source>Words a clerk may type to find it, separated by spaces or 、 (e.g. 工资 欠薪):</source>
      <translation>登記時輸入這些詞也能找到它，用空格或頓號分隔（例如：工資 欠薪）：</translation>
    </message>
    <message>
      <source>%1 categories added, keywords given to %2.</source>
      <translation>新增 %1 個分類，為 %2 個分類補充了關鍵詞。</translation>
    </message>
  </context>
  <context>
    <name>DraftOffer</name>
    <message>
      <source>Restore</source>
      <extracomment>Milliseconds after the last keystroke before the draft is kept. Fields whose value alone (a date, a default choice) is no draft worth keeping.</extracomment>
      <translation>恢復</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>丟棄</translation>
    </message>
    <message>
      <source>Unsaved draft from last time (%1%2):</source>
      <translation>上次未儲存的草稿（%1%2）：</translation>
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
    <name>EventEditor</name>
    <message>
      <source>Enter moves on · Ctrl+S saves · Ctrl+Enter saves and starts the next · Esc back to the list</source>
      <extracomment>An event was saved (carries its id). The clerk goes back to the list.</extracomment>
      <translation>回車跳到下一項 · Ctrl+S 儲存 · Ctrl+Enter 儲存並登記下一場 · Esc 返回列表</translation>
    </message>
    <message>
      <source>Back to the list (Esc)</source>
      <translation>返回列表 (Esc)</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save and record the next (Ctrl+Enter)</source>
      <translation>儲存並登記下一場 (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>現場照片</translation>
    </message>
    <message>
      <source>Record an outreach event</source>
      <translation>登記宣傳活動</translation>
    </message>
    <message>
      <source>Outreach event of %s</source>
      <translation>%s 的宣傳活動</translation>
    </message>
    <message>
      <source>Saved: %s %s</source>
      <translation>已儲存：%s %s</translation>
    </message>
  </context>
  <context>
    <name>EventFields</name>
    <message>
      <source>Event</source>
      <translation>活動</translation>
    </message>
    <message>
      <source>For example: the Regulations on Petitions in the community</source>
      <translation>例如：《信訪工作條例》宣傳進社群</translation>
    </message>
    <message>
      <source>units</source>
      <translation>家</translation>
    </message>
    <message>
      <source>Count the names</source>
      <translation>按名稱計數</translation>
    </message>
    <message>
      <source>Separate the names with 、 or commas</source>
      <translation>單位名稱用頓號或逗號分隔</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>活動日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>活動類別</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>活動主題</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>活動地點</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>鄉鎮（街道）</translation>
    </message>
    <message>
      <source>Organisers</source>
      <translation>主辦單位</translation>
    </message>
    <message>
      <source>Co-organisers</source>
      <translation>聯合單位數</translation>
    </message>
    <message>
      <source>Co-organising units</source>
      <translation>聯合單位</translation>
    </message>
    <message>
      <source>Materials and reach</source>
      <translation>宣傳品與覆蓋</translation>
    </message>
    <message>
      <source>Leaflets</source>
      <translation>宣傳單</translation>
    </message>
    <message>
      <source>copies</source>
      <translation>份</translation>
    </message>
    <message>
      <source>Brochures</source>
      <translation>宣傳手冊</translation>
    </message>
    <message>
      <source>Other materials</source>
      <translation>其他資料</translation>
    </message>
    <message>
      <source>Display boards</source>
      <translation>展板</translation>
    </message>
    <message>
      <source>boards</source>
      <translation>塊</translation>
    </message>
    <message>
      <source>Banners</source>
      <translation>橫幅</translation>
    </message>
    <message>
      <source>banners</source>
      <translation>條</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>現場諮詢</translation>
    </message>
    <message>
      <source>person-times</source>
      <translation>人次</translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>覆蓋群眾</translation>
    </message>
    <message>
      <source>Media reports</source>
      <translation>媒體報道</translation>
    </message>
    <message>
      <source>times</source>
      <translation>次</translation>
    </message>
    <message>
      <source>Which media reported it</source>
      <translation>哪些媒體作了報道</translation>
    </message>
    <message>
      <source>Media coverage</source>
      <translation>報道情況</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>鄉鎮</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>宣傳資料（份）</translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>覆蓋人次</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>活動主題</translation>
    </message>
    <message>
      <source>Words of the theme or place</source>
      <translation>主題或地點中的文字</translation>
    </message>
    <message>
      <source>New event (Ins)</source>
      <translation>新增活動 (Ins)</translation>
    </message>
    <message>
      <source>Edit (Enter)</source>
      <translation>修改（回車）</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Import a ledger…</source>
      <translation>匯入臺賬…</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>全部年度</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <source>All townships</source>
      <translation>全部鄉鎮</translation>
    </message>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>共 %n 場</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete the event?</source>
      <translation>刪除這場活動？</translation>
    </message>
    <message numerus="yes">
      <source>Delete the event of %s “%s” and its %n photo(s)?</source>
      <translation>
        <numerusform>刪除 %s「%s」這場活動及其 %n 張照片？</numerusform>
      </translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未刪除</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message>
      <source>Directory entries</source>
      <translation>目錄條目</translation>
    </message>
    <message>
      <source>Petitioners</source>
      <translation>信訪人</translation>
    </message>
    <message>
      <source>Matters</source>
      <translation>信訪事項</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>信訪件</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>辦理步驟</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Outreach events</source>
      <translation>宣傳活動</translation>
    </message>
    <message>
      <source>Study records</source>
      <translation>學習記錄</translation>
    </message>
    <message>
      <source>Reception records</source>
      <translation>接訪記錄</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>回執</translation>
    </message>
    <message>
      <source>new</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>already here</source>
      <translation>已有</translation>
    </message>
    <message>
      <source>conflicts</source>
      <translation>衝突</translation>
    </message>
    <message>
      <source>waiting for their case</source>
      <translation>待所屬件</translation>
    </message>
    <message>
      <source>not imported</source>
      <translation>未匯入</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>已確認</translation>
    </message>
    <message>
      <source>Waiting for its case</source>
      <translation>待所屬件到達</translation>
    </message>
    <message>
      <source>To be looked at</source>
      <translation>待人工核查</translation>
    </message>
    <message>
      <source>Exchange packages carry records between this office and the office above or below, on a USB stick. Import answers every package with a receipt file: hand it back to the sender.</source>
      <translation>交換包用隨身碟在本單位與上級或下級單位之間傳遞記錄。每匯入一個交換包都會生成回執檔案，請把回執交回傳送單位匯入。</translation>
    </message>
    <message>
      <source>Export a package…</source>
      <translation>匯出交換包…</translation>
    </message>
    <message>
      <source>Import a package or receipt…</source>
      <translation>匯入交換包或回執…</translation>
    </message>
    <message>
      <source>Check only, write nothing</source>
      <translation>只檢查，不寫入</translation>
    </message>
    <message>
      <source>Offices exchanged with</source>
      <translation>交換單位</translation>
    </message>
    <message>
      <source>Records held back</source>
      <translation>暫緩匯入的記錄</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>單位</translation>
    </message>
    <message>
      <source>Packages sent</source>
      <translation>已傳送</translation>
    </message>
    <message>
      <source>Awaiting receipt</source>
      <translation>待回執（包號）</translation>
    </message>
    <message>
      <source>Records not yet confirmed</source>
      <translation>對方未確認的記錄</translation>
    </message>
    <message>
      <source>Packages received</source>
      <translation>已收到（包號）</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>none</source>
      <translation>無</translation>
    </message>
    <message>
      <source>List</source>
      <translation>清單</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>型別</translation>
    </message>
    <message>
      <source>From</source>
      <translation>傳送單位</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>記錄編號</translation>
    </message>
    <message>
      <source>No office to send to</source>
      <translation>沒有可傳送的單位</translation>
    </message>
    <message>
      <source>This office knows no office above or below it. Add one under Settings › Offices.</source>
      <translation>本單位還沒有上級或下級單位。請先在“設定 › 單位”中新增。</translation>
    </message>
    <message>
      <source>Export a package</source>
      <translation>匯出交換包</translation>
    </message>
    <message>
      <source>Send to:</source>
      <translation>傳送給：</translation>
    </message>
    <message>
      <source>Save the package</source>
      <translation>儲存交換包</translation>
    </message>
    <message>
      <source>Exchange packages (*.zip)</source>
      <translation>交換包 (*.zip)</translation>
    </message>
    <message>
      <source>Exporting the package…</source>
      <translation>正在匯出交換包…</translation>
    </message>
    <message>
      <source>no new records</source>
      <translation>沒有新記錄</translation>
    </message>
    <message>
      <source>Package no. %1 for %2 saved to %3: %4.</source>
      <translation>給%2的第 %1 號交換包已儲存到 %3：%4。</translation>
    </message>
    <message>
      <source>Import a package or receipt</source>
      <translation>匯入交換包或回執</translation>
    </message>
    <message>
      <source>Packages and receipts (*.zip *.receipt);;All files (*)</source>
      <translation>交換包和回執 (*.zip *.receipt);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Importing the package…</source>
      <translation>正在匯入交換包…</translation>
    </message>
    <message>
      <source>Receipt from %1 imported: %2 records confirmed.</source>
      <translation>已匯入%1的回執：確認 %2 條記錄。</translation>
    </message>
    <message>
      <source>Checked, nothing written: </source>
      <translation>（只檢查，未寫入）</translation>
    </message>
    <message>
      <source>Package no. %1 from %2: %3.</source>
      <translation>%2第 %1 號交換包：%3。</translation>
    </message>
    <message>
      <source>no records</source>
      <translation>沒有記錄</translation>
    </message>
    <message>
      <source>This package had been imported before; nothing changed.</source>
      <translation>此交換包以前已匯入過，沒有改動。</translation>
    </message>
    <message>
      <source>%1 records differ from ours and wait in the list below to be looked at.</source>
      <translation>%1 條記錄與本單位的不同，已列入下方清單待核查。</translation>
    </message>
    <message>
      <source>Receipt written to %1: hand it to the sender to import.</source>
      <translation>回執已寫到 %1：請交給傳送單位匯入。</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
  </context>
  <context>
    <name>ExplainDialog</name>
    <message>
      <source>Cases behind %1</source>
      <translation>%1的明細</translation>
    </message>
    <message>
      <source>%1: %2 (%3 / %4)</source>
      <translation>%1　%2　（%3 / %4）</translation>
    </message>
    <message>
      <source>Period: %1</source>
      <translation>統計時期：%1</translation>
    </message>
    <message>
      <source>Numerator: %1
Denominator: %2</source>
      <translation>分子：%1
分母：%2</translation>
    </message>
    <message>
      <source>Settings used: %1</source>
      <translation>口徑：%1</translation>
    </message>
    <message>
      <source>Counted (%1)</source>
      <translation>計入分子（%1 件）</translation>
    </message>
    <message>
      <source>Not counted (%1)</source>
      <translation>分母中未計入（%1 件）</translation>
    </message>
    <message>
      <source>All considered (%1)</source>
      <translation>分母全部（%1 件）</translation>
    </message>
    <message>
      <source>Not judged (%1)</source>
      <translation>缺少資訊、未計入（%1）</translation>
    </message>
    <message>
      <source>This period (%1)</source>
      <translation>本期（%1 件）</translation>
    </message>
    <message>
      <source>A year earlier (%1)</source>
      <translation>去年同期（%1 件）</translation>
    </message>
    <message>
      <source>Double-click a case (or press Enter) to open it.</source>
      <translation>雙擊某一件（或按回車）開啟信訪件。</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Ledger file</source>
      <translation>臺賬檔案</translation>
    </message>
    <message>
      <source>Choose the Excel ledger (.xlsx or .xls) and the sheet that holds the cases.</source>
      <translation>請選擇 Excel 臺賬（.xlsx 或 .xls）以及登記信訪件的工作表。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <source>Import a ledger</source>
      <translation>匯入臺賬</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
      <translation>Excel 工作簿 (*.xlsx *.xlsm *.xls)</translation>
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <source>Create the administrator</source>
      <translation>建立管理員</translation>
    </message>
    <message>
      <source>This database has no users yet. Create the administrator, who then adds the other users in Settings › Users.</source>
      <translation>這個資料庫還沒有使用者。請建立管理員，再由管理員在“設定 › 使用者”中新增其他使用者。</translation>
    </message>
    <message>
      <source>User name:</source>
      <translation>使用者名稱：</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <source>Password again:</source>
      <translation>再次輸入密碼：</translation>
    </message>
    <message>
      <source>The two passwords differ. Type them again.</source>
      <translation>兩次輸入的密碼不一樣，請重新輸入。</translation>
    </message>
  </context>
  <context>
    <name>FirstRunChecklist</name>
    <message>
      <source>Before the first day: set up this office</source>
      <extracomment>Where each link leads (MainWindow.follow_link reads these). Handled here: take the shipped 内容分类 template. A link was followed to another page (a target above).</extracomment>
      <translation>開始使用前：先把本單位設定好</translation>
    </message>
    <message>
      <source>Each item ticks itself once it is done; this list goes away when all are.</source>
      <translation>每項做完後自動打勾；全部完成後本清單不再顯示。</translation>
    </message>
    <message>
      <source>Townships and villages (place of the problem)</source>
      <translation>鄉鎮和村（問題屬地）</translation>
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
      <source>A first case</source>
      <translation>登記第一件信訪件</translation>
    </message>
    <message>
      <source>A backup on another disk or a USB stick</source>
      <translation>備份到另一塊磁碟或隨身碟</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message numerus="yes">
      <source>%n township(s)</source>
      <translation>
        <numerusform>已有 %n 個鄉鎮（街道）</numerusform>
      </translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>還沒有</translation>
    </message>
    <message numerus="yes">
      <source>%n unit(s)</source>
      <translation>
        <numerusform>已有 %n 個責任單位</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n category(ies)</source>
      <translation>
        <numerusform>已有 %n 個分類</numerusform>
      </translation>
    </message>
    <message>
      <source>add in %1 › Townships</source>
      <translation>到 %1 › 鄉鎮（街道） 新增</translation>
    </message>
    <message>
      <source>or import a county's ledger</source>
      <translation>或匯入縣裡的臺賬</translation>
    </message>
    <message>
      <source>add in %1 › Responsible units</source>
      <translation>到 %1 › 責任單位 新增</translation>
    </message>
    <message>
      <source>type or edit them</source>
      <translation>手工新增或修改</translation>
    </message>
    <message>
      <source>learn them from a ledger</source>
      <translation>從臺賬匯入</translation>
    </message>
    <message>
      <source>take the template (with keywords)</source>
      <translation>採用模板（含關鍵詞）</translation>
    </message>
    <message>
      <source>register a visit (Ctrl+N)</source>
      <translation>登記一件來訪（Ctrl+N）</translation>
    </message>
    <message>
      <source>back up in %1 › Data safety</source>
      <translation>到 %1 › 資料安全 備份</translation>
    </message>
    <message>
      <source>Cannot take the template</source>
      <translation>無法採用模板</translation>
    </message>
  </context>
  <context>
    <name>FlaggedCasesModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>問題屬地</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>問題</translation>
    </message>
  </context>
  <context>
    <name>FormLabel</name>
    <message>
      <source>:</source>
      <extracomment>The air above and below a table row's line of text: the same in every list of the program.</extracomment>
      <translation>：</translation>
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
      <source>Statutory clock</source>
      <translation>法定期限</translation>
    </message>
    <message>
      <source>Count an extension from the original last day, before any rest-day shift</source>
      <translation>延期自原期限末日起算（節假日順延之前）</translation>
    </message>
    <message>
      <source>Extension:</source>
      <translation>延期：</translation>
    </message>
    <message>
      <source>The stricter reading, and the default: when the 60th day falls on a rest day, the extension still runs from that day. Unticked, it runs from the next working day. Changing it recomputes the deadlines of open cases.</source>
      <translation>較嚴格的理解，也是預設設定：第 60 日適逢休息日時，延期仍自該日起算；不勾選則自順延後的工作日起算。修改後將重新計算在辦信訪件的期限。</translation>
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
      <source>Print fonts:</source>
      <translation>列印字型：</translation>
    </message>
    <message>
      <source>WenQuanYi Micro Hei (shipped)</source>
      <translation>文泉驛微米黑（隨程式提供）</translation>
    </message>
    <message>
      <source>%s, emboldened</source>
      <translation>%s（加粗代替）</translation>
    </message>
    <message>
      <source>Body (FangSong)</source>
      <translation>正文（仿宋）</translation>
    </message>
    <message>
      <source>Title (XiaoBiaoSong)</source>
      <translation>標題（小標宋）</translation>
    </message>
    <message>
      <source>Headings (HeiTi)</source>
      <translation>一級標題（黑體）</translation>
    </message>
    <message>
      <source>Subheadings (KaiTi)</source>
      <translation>二級標題（楷體）</translation>
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
      <translation>單位代碼：</translation>
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
      <source>The office is set on the program's first start; to change it, ask the administrator. Back up the data regularly (Data safety).</source>
      <translation>本單位在程式第一次啟動時設定；如需更改，請聯絡系統管理員。請定期備份資料（見“資料安全”）。</translation>
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
    <name>ImportProblems</name>
    <message>
      <source>Row</source>
      <extracomment>The ledger the report is of: its rows are copied beside each problem when saved.</extracomment>
      <translation>行號</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>級別</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>未匯入</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Save the problems as .xlsx…</source>
      <translation>把問題行另存為 .xlsx…</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>無法儲存</translation>
    </message>
    <message>
      <source>Save the problems</source>
      <translation>儲存問題行</translation>
    </message>
  </context>
  <context>
    <name>ImportReportDialog</name>
    <message>
      <source>Import of %s</source>
      <translation>匯入 %s</translation>
    </message>
    <message numerus="yes">
      <source>Import %n row(s)</source>
      <translation>
        <numerusform>匯入 %n 行</numerusform>
      </translation>
    </message>
    <message>
      <source>Sheet “%s”, header in row %s.</source>
      <translation>工作表「%s」，表頭在第 %s 行。</translation>
    </message>
    <message>
      <source>%s rows: %s can be imported, %s already present, %s cannot be imported.</source>
      <translation>共 %s 行：可匯入 %s 行，已存在 %s 行，不能匯入 %s 行。</translation>
    </message>
    <message>
      <source>%s rows: %s imported, %s already present, %s not imported.</source>
      <translation>共 %s 行：已匯入 %s 行，已存在 %s 行，未匯入 %s 行。</translation>
    </message>
    <message>
      <source>Passed over: %s.</source>
      <translation>跳過的行：%s。</translation>
    </message>
  </context>
  <context>
    <name>IndicatorSettingsDialog</name>
    <message>
      <source>Indicator settings</source>
      <translation>指標口徑</translation>
    </message>
    <message>
      <source>How the indicators are counted. Every figure lists the settings it used; docs/INDICATORS.md describes each indicator.</source>
      <translation>指標的計算口徑。每項數字都註明所用的口徑；各項指標的詳細定義見 docs/INDICATORS.md。</translation>
    </message>
    <message>
      <source>Satisfaction rate: evaluations counted as satisfied</source>
      <translation>群眾滿意率：計為滿意的評價</translation>
    </message>
    <message>
      <source>One-time resolution</source>
      <translation>一次性化解率</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 日</translation>
    </message>
    <message>
      <source>A repeat petition within this many days after closing counts against it:</source>
      <translation>辦結後多少日內重複信訪即不算一次性化解：</translation>
    </message>
    <message>
      <source>Counted by registration date</source>
      <translation>按登記日期統計的指標</translation>
    </message>
    <message>
      <source>By default an indicator counts the cases whose obligation fell due (or whose event happened) in the period. Ticked indicators count the cases registered in the period instead.</source>
      <translation>預設情況下，指標統計期限屆滿（或事件發生）在本期的信訪件；勾選的指標改為統計本期登記的信訪件。</translation>
    </message>
  </context>
  <context>
    <name>IndicatorTable</name>
    <message>
      <source>Indicator</source>
      <extracomment>"37 more lack an acceptance date and are not counted", or "". The columns a click on which opens the cases behind the figure. An indicator's cases were asked for (its key, e.g. "on_time_completion_rate").</extracomment>
      <translation>指標</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>數值</translation>
    </message>
    <message>
      <source>Numerator</source>
      <translation>分子</translation>
    </message>
    <message>
      <source>Denominator</source>
      <translation>分母</translation>
    </message>
    <message>
      <source>Numerator ÷ denominator</source>
      <translation>計算方法（分子 ÷ 分母）</translation>
    </message>
    <message>
      <source>Settings used</source>
      <translation>口徑</translation>
    </message>
    <message>
      <source>Not judged</source>
      <translation>未計入</translation>
    </message>
  </context>
  <context>
    <name>Indicators</name>
    <message>
      <source>Timely acceptance rate</source>
      <translation>及時受理率</translation>
    </message>
    <message>
      <source>On-time completion rate</source>
      <translation>按期辦結率</translation>
    </message>
    <message>
      <source>Evaluation participation rate</source>
      <translation>參評率</translation>
    </message>
    <message>
      <source>Public satisfaction rate</source>
      <translation>群眾滿意率</translation>
    </message>
    <message>
      <source>One-time resolution rate of first petitions</source>
      <translation>初次信訪事項一次性化解率</translation>
    </message>
    <message>
      <source>Accurate forwarding rate</source>
      <translation>準確轉送率</translation>
    </message>
    <message>
      <source>Repeat petition rate</source>
      <translation>重複信訪率</translation>
    </message>
    <message>
      <source>Year-on-year change (registrations)</source>
      <translation>信訪總量同比（件次）</translation>
    </message>
    <message>
      <source>Year-on-year change (people)</source>
      <translation>信訪總量同比（人次）</translation>
    </message>
    <message>
      <source>Resolution rate of leader-owned matters</source>
      <translation>領導包案化解率</translation>
    </message>
    <message>
      <source>Cases given a decision (acceptance, forwarding, assignment…) within the deadline</source>
      <extracomment>What each side of the fraction counts (numerator, denominator).</extracomment>
      <translation>期限內作出受理、轉送、交辦等處理決定的信訪件</translation>
    </message>
    <message>
      <source>Cases whose acceptance deadline falls in the period (passed or decided)</source>
      <translation>受理轉交期限落在本期（已到期或已處理）的信訪件</translation>
    </message>
    <message>
      <source>Cases replied to or settled by mediation within the handling deadline (extensions included)</source>
      <translation>在辦理期限（含延期）內答覆或調解辦結的信訪件</translation>
    </message>
    <message>
      <source>Cases whose handling deadline falls in the period (passed or completed)</source>
      <translation>辦理期限落在本期（已到期或已辦結）的信訪件</translation>
    </message>
    <message>
      <source>Cases evaluated</source>
      <translation>已評價的信訪件</translation>
    </message>
    <message>
      <source>Cases whose reply was delivered and can be evaluated</source>
      <translation>答覆已送達、可以評價的信訪件</translation>
    </message>
    <message>
      <source>Cases evaluated as satisfied (or as counted as satisfied)</source>
      <translation>評價為滿意（及計入滿意的評價）的信訪件</translation>
    </message>
    <message>
      <source>First petitions with no repeat petition in the watch period after completion</source>
      <translation>辦結後觀察期內沒有重複信訪的初次信訪事項</translation>
    </message>
    <message>
      <source>First petitions completed in the period</source>
      <translation>本期辦結的初次信訪事項</translation>
    </message>
    <message>
      <source>Forwarded or assigned cases not returned by the responsible unit</source>
      <translation>未被責任單位退回的轉送、交辦件</translation>
    </message>
    <message>
      <source>Cases forwarded or assigned in the period</source>
      <translation>本期轉送、交辦的信訪件</translation>
    </message>
    <message>
      <source>Repeat petitions registered in the period</source>
      <translation>本期登記的重複信訪件</translation>
    </message>
    <message>
      <source>All cases registered in the period</source>
      <translation>本期登記的全部信訪件</translation>
    </message>
    <message>
      <source>Cases registered in the period (registrations)</source>
      <translation>本期登記的信訪件（件次）</translation>
    </message>
    <message>
      <source>Cases registered in the same period a year earlier (registrations)</source>
      <translation>去年同期登記的信訪件（件次）</translation>
    </message>
    <message>
      <source>People in the cases registered in the period</source>
      <translation>本期登記信訪件的人數（人次）</translation>
    </message>
    <message>
      <source>People in the cases registered in the same period a year earlier</source>
      <translation>去年同期登記信訪件的人數（人次）</translation>
    </message>
    <message>
      <source>Leader-owned matters resolved (completed)</source>
      <translation>已化解（辦結）的包案事項</translation>
    </message>
    <message>
      <source>Matters on the leaders' ownership list in the period</source>
      <translation>本期在領導包案名單上的事項</translation>
    </message>
    <message>
      <source>acceptance deadline</source>
      <extracomment>The date that puts a case into the period (`domain.indicators.PERIOD_DATES`).</extracomment>
      <translation>受理轉交期限屆滿日</translation>
    </message>
    <message>
      <source>handling deadline</source>
      <translation>辦理期限屆滿日</translation>
    </message>
    <message>
      <source>date the reply was delivered</source>
      <translation>答覆送達日</translation>
    </message>
    <message>
      <source>completion date</source>
      <translation>辦結日</translation>
    </message>
    <message>
      <source>date first forwarded or assigned</source>
      <translation>首次轉送、交辦日</translation>
    </message>
    <message>
      <source>period of leader ownership</source>
      <translation>包案期間</translation>
    </message>
    <message>
      <source>registration date</source>
      <extracomment>The period date of a figure counted by registration, and of one no table names.</extracomment>
      <translation>登記日</translation>
    </message>
    <message>
      <source>deadline or date of the event</source>
      <translation>期限屆滿或事件發生日</translation>
    </message>
    <message>
      <source>an acceptance date</source>
      <extracomment>The fact an indicator could not judge a case without (`Fraction.missing`), by indicator.</extracomment>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>a delivery date</source>
      <translation>送達日期</translation>
    </message>
    <message>
      <source>a completion date</source>
      <translation>辦結日期</translation>
    </message>
    <message>
      <source>acceptance deadline %1 days</source>
      <extracomment>The settings a figure used, in short words (`services.statistics.indicators.SHORT_WORDS`).</extracomment>
      <translation>受理轉交期限 %1 日</translation>
    </message>
    <message>
      <source>handling deadline %1 days</source>
      <translation>辦理期限 %1 日</translation>
    </message>
    <message>
      <source>extensions up to %1 days</source>
      <translation>延期不超過 %1 日</translation>
    </message>
    <message>
      <source>applies to %1</source>
      <translation>適用於%1</translation>
    </message>
    <message>
      <source>counted as satisfied: %1</source>
      <translation>計為滿意：%1</translation>
    </message>
    <message>
      <source>watched for %1 days after completion</source>
      <translation>辦結後觀察 %1 日</translation>
    </message>
    <message>
      <source>the information needed</source>
      <translation>所需資訊</translation>
    </message>
    <message>
      <source>%1 more lack %2 and are not counted</source>
      <translation>另有%1件缺少%2，未計入</translation>
    </message>
    <message>
      <source>Cases lacking %1, which cannot be judged</source>
      <translation>缺少%1、無法判斷的信訪件</translation>
    </message>
    <message>
      <source>Counted by %1</source>
      <translation>按%1歸入統計期</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
  </context>
  <context>
    <name>KnownPersonOffer</name>
    <message>
      <source>Fill in from the latest case (Ctrl+D)</source>
      <extracomment>The details were filled (carries the keys of the fields filled).</extracomment>
      <translation>按上次登記填入 (Ctrl+D)</translation>
    </message>
    <message>
      <source>Known petitioner: %1, last registered %2.</source>
      <translation>已登記過的信訪人：%1，上次登記於 %2。</translation>
    </message>
  </context>
  <context>
    <name>LedgerExportDialog</name>
    <message>
      <source>Export the ledger</source>
      <extracomment>The date shown as "any" (an open end of the period), as in the list's filter. The ledger was written (an `ExportResult`). What the list shows; the dialog's dates replace its period. The last message shown after an export (for tests and for closing it).</extracomment>
      <translation>匯出臺賬</translation>
    </message>
    <message>
      <source>Earliest case</source>
      <translation>最早一件</translation>
    </message>
    <message>
      <source>Latest case</source>
      <translation>最近一件</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <source>Do not mask ID numbers and phones</source>
      <translation>不遮蔽身份證號和電話</translation>
    </message>
    <message>
      <source>Unless the box is ticked, ID numbers show only their first 6 and last 4 characters and mobile phones their first 3 and last 4 digits. Every export is recorded in the audit log.</source>
      <translation>不勾選時，身份證號只顯示前 6 位和後 4 位，手機號只顯示前 3 位和後 4 位。每次匯出都記入審計日誌。</translation>
    </message>
    <message>
      <source>As the list shows them: %1</source>
      <translation>與列表所示相同：%1</translation>
    </message>
    <message>
      <source>Every case of the period (the list has no other filter).</source>
      <translation>所選期間的全部信訪件（列表沒有其他篩選條件）。</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>信訪件</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>匯出</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>請選擇要匯出到哪個檔案。</translation>
    </message>
    <message>
      <source>Exporting the ledger…</source>
      <translation>正在匯出臺賬…</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) exported to %1.</source>
      <translation>
        <numerusform>已匯出 %n 件信訪件到 %1。</numerusform>
      </translation>
    </message>
    <message>
      <source>No case was registered in this period; an empty ledger was written to %1.</source>
      <translation>這段時間沒有登記信訪件，已匯出一份空臺賬到 %1。</translation>
    </message>
    <message>
      <source>Left out: %1.</source>
      <translation>%1。</translation>
    </message>
    <message>
      <source>The export was cancelled; no file was written.</source>
      <translation>已取消匯出，沒有寫入任何檔案。</translation>
    </message>
  </context>
  <context>
    <name>LedgerFields</name>
    <message>
      <source>Case number</source>
      <translation>信訪件編號</translation>
    </message>
    <message>
      <source>Higher level's number</source>
      <translation>上級件號</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <source>Date the letter was received</source>
      <translation>收信日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信訪形式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信訪人</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份證號</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>聯絡電話</translation>
    </message>
    <message>
      <source>Co-petitioners</source>
      <translation>共同信訪人</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Head count</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Township (place of the problem)</source>
      <translation>問題屬地</translation>
    </message>
    <message>
      <source>Content category</source>
      <translation>內容分類</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>信訪目的</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性質</translation>
    </message>
    <message>
      <source>Main request</source>
      <translation>主要訴求</translation>
    </message>
    <message>
      <source>Number of the first case (repeat petition)</source>
      <translation>原信訪件編號（重複信訪）</translation>
    </message>
    <message>
      <source>Forwarded or assigned</source>
      <translation>轉交方式（轉送/交辦）</translation>
    </message>
    <message>
      <source>Date forwarded or assigned</source>
      <translation>轉交日期</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>Date sent back by the unit</source>
      <translation>退回日期</translation>
    </message>
    <message>
      <source>Acceptance date</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Date signed for by the unit</source>
      <translation>簽收日期</translation>
    </message>
    <message>
      <source>Days of extension</source>
      <translation>延期天數</translation>
    </message>
    <message>
      <source>Reply date</source>
      <translation>答覆日期</translation>
    </message>
    <message>
      <source>Delivery date</source>
      <translation>送達日期</translation>
    </message>
    <message>
      <source>Date a review was asked for</source>
      <translation>複查申請日期</translation>
    </message>
    <message>
      <source>Date of the review decision</source>
      <translation>複查意見日期</translation>
    </message>
    <message>
      <source>Date a recheck was asked for</source>
      <translation>複核申請日期</translation>
    </message>
    <message>
      <source>Date a leader took the case on</source>
      <translation>包案日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>辦理狀態</translation>
    </message>
    <message>
      <source>Closing date</source>
      <translation>辦結日期</translation>
    </message>
    <message>
      <source>Result of handling</source>
      <translation>辦理結果</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>滿意度</translation>
    </message>
    <message>
      <source>Date of the termination filing</source>
      <translation>終結備案日期</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>LedgerImport</name>
    <message>
      <source>Import an events ledger</source>
      <extracomment>Events were imported. The last report shown (for tests).</extracomment>
      <translation>匯入宣傳活動臺賬</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
      <translation>Excel 工作簿 (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
      <source>Checking %s…</source>
      <translation>正在檢查 %s…</translation>
    </message>
    <message>
      <source>Importing %s…</source>
      <translation>正在匯入 %s…</translation>
    </message>
    <message>
      <source>Import cancelled</source>
      <translation>已取消匯入</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>無法匯入</translation>
    </message>
  </context>
  <context>
    <name>LedgerImportWizard</name>
    <message>
      <source>Import a ledger</source>
      <translation>匯入臺賬</translation>
    </message>
    <message>
      <source>Checking %s…</source>
      <translation>正在檢查 %s…</translation>
    </message>
    <message>
      <source>Importing %s…</source>
      <translation>正在匯入 %s…</translation>
    </message>
    <message>
      <source>Import cancelled</source>
      <translation>匯入已取消</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>無法匯入</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>Locked</source>
      <translation>已鎖定</translation>
    </message>
    <message>
      <source>Locked after %1 idle minutes. Enter the password of %2 to go on.</source>
      <translation>已 %1 分鐘無操作，視窗已鎖定。請輸入 %2 的密碼繼續。</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解鎖</translation>
    </message>
    <message>
      <source>Quit the program</source>
      <translation>退出程式</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in</source>
      <translation>登入</translation>
    </message>
    <message>
      <source>User name:</source>
      <translation>使用者名稱：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <source>Choose a new password to go on.</source>
      <translation>請先設定新密碼再繼續。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Rule-of-Law Petitions</source>
      <extracomment>Channels with a registration form, in the order of the navigation and of Ctrl+1…4. The pages that give Ctrl+N a meaning of their own (a new outreach event), where Ctrl+N yields. The preference Ctrl+N reads: the channel of the registration form last shown.</extracomment>
      <translation>法治信訪</translation>
    </message>
    <message>
      <source>Search cases: number, name or words (Ctrl+F)</source>
      <translation>檢索信訪件：編號、姓名或內容（Ctrl+F）</translation>
    </message>
    <message>
      <source>Import ledger…</source>
      <translation>匯入臺賬…</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>幫助</translation>
    </message>
    <message>
      <source>Keyboard shortcuts…</source>
      <translation>快捷鍵…</translation>
    </message>
    <message>
      <source>Change password…</source>
      <translation>修改密碼…</translation>
    </message>
    <message>
      <source>Lock the window</source>
      <translation>鎖定視窗</translation>
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
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Logged in: %s</source>
      <translation>當前使用者：%s</translation>
    </message>
    <message>
      <source>Cases</source>
      <extracomment>Labels of Qt's file dialog whose source text gained an accelerator ("&amp;Look in:") after the translations PySide6 ships were made, so qtbase_zh_* leaves them English; found by tests/ui/test_qt_strings.py, which names any other that appears.</extracomment>
      <translation>信訪件</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>臺賬/專項</translation>
    </message>
    <message>
      <source>Conformity review</source>
      <translation>規範化評查</translation>
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
      <source>Exchange</source>
      <translation>交換</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>審計</translation>
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
    <name>MappingPage</name>
    <message>
      <source>Columns</source>
      <translation>列的對應關係</translation>
    </message>
    <message>
      <source>Check what each column of the ledger holds. Columns set to “Not imported” are left out.</source>
      <translation>請核對臺賬每一列的含義。設為“不匯入”的列不會讀取。</translation>
    </message>
    <message>
      <source>Column in the ledger</source>
      <translation>臺賬中的列</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>匯入為</translation>
    </message>
    <message>
      <source>Remember these choices for ledgers with this header</source>
      <translation>以後遇到相同表頭的臺賬時沿用這些選擇</translation>
    </message>
    <message>
      <source>Sheet “%1”, header in row %2.</source>
      <translation>工作表“%1”，表頭在第 %2 行。</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>不匯入</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>Case review meetings</source>
      <translation>研判會議</translation>
    </message>
    <message>
      <source>Names separated by 、</source>
      <translation>參會人員，用頓號分隔</translation>
    </message>
    <message>
      <source>Record meeting</source>
      <translation>登記會議</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>參會人員</translation>
    </message>
    <message>
      <source>Decide on the board's case…</source>
      <translation>對研判臺選中的信訪件作出決定…</translation>
    </message>
    <message>
      <source>Print minutes…</source>
      <translation>列印紀要…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Meeting of %s recorded.</source>
      <translation>已登記 %s 的研判會議。</translation>
    </message>
    <message>
      <source>Record or choose a meeting first.</source>
      <translation>請先登記或選擇一次會議。</translation>
    </message>
    <message>
      <source>Choose a case on the review board first.</source>
      <translation>請先在研判臺上選擇一件信訪件。</translation>
    </message>
    <message>
      <source>Minutes written to %s.</source>
      <translation>紀要已儲存到 %s。</translation>
    </message>
    <message>
      <source>Print minutes</source>
      <translation>列印紀要</translation>
    </message>
  </context>
  <context>
    <name>MeetingModels</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Cases decided</source>
      <translation>研判件數</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>參會人員</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信訪人</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>反映問題</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>研判定級</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>責任人</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次研判</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>化解措施</translation>
    </message>
  </context>
  <context>
    <name>NewRegisterDialog</name>
    <message>
      <source>New register</source>
      <translation>新建臺賬</translation>
    </message>
    <message>
      <source>e.g. Leaders' cases 2024</source>
      <translation>例如：2024年市縣領導包案</translation>
    </message>
    <message>
      <source>Login or name (you, if empty)</source>
      <translation>使用者名稱或姓名（不填為當前使用者）</translation>
    </message>
    <message>
      <source>Has a period</source>
      <translation>設定期間</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>類別：</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名稱：</translation>
    </message>
    <message>
      <source>Leader:</source>
      <translation>包案領導：</translation>
    </message>
    <message>
      <source>Owner:</source>
      <translation>負責人：</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>起始日期：</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>截止日期：</translation>
    </message>
  </context>
  <context>
    <name>NoViewerNotice</name>
    <message>
      <source>No PDF viewer</source>
      <extracomment>The folder a copy was last saved to (offered first the next time). Tests put recorders here instead of the system's file manager and folder chooser.</extracomment>
      <translation>沒有 PDF 閱讀程式</translation>
    </message>
    <message>
      <source>No program to open PDF files was found. The document was written to:</source>
      <translation>本機沒有找到能開啟 PDF 檔案的程式。文書已儲存在：</translation>
    </message>
    <message>
      <source>Open its folder and print it from another program, or save a copy where it can be printed.</source>
      <translation>可開啟所在資料夾，用其他程式列印；或把副本儲存到能列印的地方（如隨身碟）。</translation>
    </message>
    <message>
      <source>Open the folder</source>
      <translation>開啟所在資料夾</translation>
    </message>
    <message>
      <source>Save a copy to…</source>
      <translation>另存副本到…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Save a copy to</source>
      <translation>另存副本到</translation>
    </message>
    <message>
      <source>No file manager opened either: the folder is %1</source>
      <translation>也沒有能開啟資料夾的程式。資料夾位置：%1</translation>
    </message>
    <message>
      <source>Could not save the copy: %1</source>
      <translation>副本未能儲存：%1</translation>
    </message>
    <message>
      <source>A copy was saved to %1</source>
      <translation>副本已儲存到 %1</translation>
    </message>
  </context>
  <context>
    <name>NumberCard</name>
    <message>
      <source>Click to list the cases</source>
      <translation>點選列出這些信訪件</translation>
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
      <translation>這個資料庫還沒有設定所屬單位。請填寫本單位代碼（行政區劃代碼，例如 431127）和名稱；信訪件編號以單位代碼開頭。</translation>
    </message>
    <message>
      <source>e.g. %1</source>
      <translation>例如 %1</translation>
    </message>
    <message>
      <source>e.g. Lanshan County Petition Bureau</source>
      <translation>例如：藍山縣信訪局</translation>
    </message>
    <message>
      <source>Office code</source>
      <translation>單位代碼</translation>
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
      <extracomment>Keys that move on from a field, as Tab does (Enter on the keypad comes with KeypadModifier). The offers of the last look-up, shown text → entry id.</extracomment>
      <translation>直接輸入數字，如 20241118；不清楚可不填</translation>
    </message>
    <message>
      <source>Choose from the calendar</source>
      <translation>從日曆中選擇</translation>
    </message>
  </context>
  <context>
    <name>OutreachKindsEditor</name>
    <message>
      <source>The kinds offered when an outreach event is recorded. A retired kind stays on its events.</source>
      <extracomment>The name dialog while it is open (tests type into it and accept it).</extracomment>
      <translation>登記宣傳活動時可選的類別。停用的類別仍保留在已登記的活動上。</translation>
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
      <source>Code</source>
      <translation>代碼</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>使用狀態</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>使用中</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢復</translation>
    </message>
    <message>
      <source>Name of the kind:</source>
      <translation>類別名稱：</translation>
    </message>
    <message>
      <source>Add an outreach kind</source>
      <translation>新增宣傳活動類別</translation>
    </message>
    <message>
      <source>Not added</source>
      <translation>未新增</translation>
    </message>
    <message>
      <source>Rename the outreach kind</source>
      <translation>宣傳活動類別改名</translation>
    </message>
    <message>
      <source>Not renamed</source>
      <translation>未改名</translation>
    </message>
    <message>
      <source>Delete the kind “%s”?</source>
      <translation>刪除類別“%s”？</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未刪除</translation>
    </message>
  </context>
  <context>
    <name>OutreachLines</name>
    <message>
      <source>(No township given)</source>
      <translation>（未填鄉鎮）</translation>
    </message>
  </context>
  <context>
    <name>OutreachPage</name>
    <message>
      <source>Outreach and study</source>
      <translation>宣傳與學法</translation>
    </message>
    <message>
      <source>Outreach events</source>
      <translation>宣傳活動</translation>
    </message>
    <message>
      <source>Legal study</source>
      <translation>學法</translation>
    </message>
    <message>
      <source>Reception days</source>
      <translation>接訪活動</translation>
    </message>
    <message>
      <source>Year overview</source>
      <translation>年度概覽</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <source>outreach events</source>
      <translation>宣傳活動（場次）</translation>
    </message>
    <message>
      <source>copies of materials</source>
      <translation>宣傳資料（份）</translation>
    </message>
    <message>
      <source>people reached (person-times)</source>
      <translation>覆蓋群眾（人次）</translation>
    </message>
    <message>
      <source>reception activities</source>
      <translation>接訪活動（次）</translation>
    </message>
    <message>
      <source>study sessions</source>
      <translation>學法（次）</translation>
    </message>
    <message>
      <source>exam pass rate</source>
      <translation>學法考試透過率</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>鄉鎮</translation>
    </message>
    <message>
      <source>Copy the text</source>
      <translation>複製文字</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>場次</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>宣傳資料</translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>覆蓋人次</translation>
    </message>
    <message>
      <source>Boards</source>
      <translation>展板</translation>
    </message>
    <message>
      <source>Banners</source>
      <translation>橫幅</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>諮詢人次</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>By kind</source>
      <translation>按類別</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>按月份</translation>
    </message>
    <message>
      <source>By township</source>
      <translation>按鄉鎮</translation>
    </message>
    <message>
      <source>For the annual report</source>
      <translation>年度報告用語</translation>
    </message>
    <message>
      <source>Nothing recorded for this year yet.</source>
      <translation>本年度還沒有登記宣傳、接訪或學法活動。</translation>
    </message>
  </context>
  <context>
    <name>PeriodBar</name>
    <message>
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>去年</translation>
    </message>
    <message>
      <source>A month</source>
      <translation>某月</translation>
    </message>
    <message>
      <source>Custom period</source>
      <translation>自定義時期</translation>
    </message>
    <message>
      <source>All offices</source>
      <translation>全部單位</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>統計時期：</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>單位：</translation>
    </message>
  </context>
  <context>
    <name>PhotoGallery</name>
    <message>
      <source>Add photos…</source>
      <translation>新增照片…</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>刪除照片</translation>
    </message>
    <message>
      <source>Save the event first (Ctrl+S), then add its photos here.</source>
      <translation>請先儲存活動（Ctrl+S），再在這裡新增照片。</translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s). Double-click one to see it large.</source>
      <translation>
        <numerusform>共 %n 張照片，雙擊可檢視大圖。</numerusform>
      </translation>
    </message>
    <message>
      <source>Add photos</source>
      <translation>新增照片</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
      <translation>圖片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>PrintMenu</name>
    <message>
      <source>Print</source>
      <translation>列印</translation>
    </message>
    <message>
      <source>Print into a folder</source>
      <translation>列印到資料夾</translation>
    </message>
    <message>
      <source>Cannot print</source>
      <translation>無法列印</translation>
    </message>
  </context>
  <context>
    <name>PrintTab</name>
    <message>
      <source>Case registration and handling sheet</source>
      <translation>信訪事項登記處理單</translation>
    </message>
    <message>
      <source>Registration receipt</source>
      <translation>登記回執</translation>
    </message>
    <message>
      <source>Notice of acceptance</source>
      <translation>受理告知書</translation>
    </message>
    <message>
      <source>Notice of non-acceptance</source>
      <translation>不予受理告知書</translation>
    </message>
    <message>
      <source>Forwarding or assignment slip</source>
      <translation>轉送/交辦單</translation>
    </message>
    <message>
      <source>Notice of extension</source>
      <translation>延期告知書</translation>
    </message>
    <message>
      <source>Written reply (handling opinion)</source>
      <translation>信訪處理意見書</translation>
    </message>
    <message>
      <source>Review opinion</source>
      <translation>複查意見書</translation>
    </message>
    <message>
      <source>Re-examination opinion</source>
      <translation>複核意見書</translation>
    </message>
    <message>
      <source>Proof of delivery</source>
      <translation>送達回證</translation>
    </message>
    <message>
      <source>Supervision slip</source>
      <translation>督辦單</translation>
    </message>
    <message>
      <source>Reminder slip</source>
      <translation>催辦單</translation>
    </message>
    <message>
      <source>Completion report to the higher level</source>
      <translation>辦結報告（報上級）</translation>
    </message>
    <message>
      <source>Statistics report</source>
      <translation>統計報表</translation>
    </message>
    <message>
      <source>Case review meeting agenda</source>
      <translation>研判會議議程</translation>
    </message>
    <message>
      <source>Annual report section (GB/T 9704)</source>
      <translation>年度報告信訪部分（公文格式）</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>預覽</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>另存為…</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>列印</translation>
    </message>
    <message>
      <source>e.g. 431127-2024-000123</source>
      <translation>例如 431127-2024-000123</translation>
    </message>
    <message>
      <source>Print complete ID numbers and phone numbers</source>
      <translation>印出完整的證件號碼和電話</translation>
    </message>
    <message>
      <source>Copy for a unit (for accusations: without anything about the petitioner)</source>
      <translation>送單位的文字（檢舉控告件不含信訪人的任何資訊）</translation>
    </message>
    <message>
      <source>Case number:</source>
      <translation>信訪件編號：</translation>
    </message>
    <message>
      <source>All offices</source>
      <translation>全部單位</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>起始日期：</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>截止日期：</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>單位：</translation>
    </message>
    <message>
      <source>Meeting date:</source>
      <translation>會議日期：</translation>
    </message>
    <message>
      <source>Last meeting:</source>
      <translation>上次研判：</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>年度：</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>正在生成預覽…</translation>
    </message>
    <message>
      <source>Preparing the document for printing…</source>
      <translation>正在生成要列印的文書…</translation>
    </message>
    <message>
      <source>Saved %1 (%2 pages).</source>
      <translation>已儲存 %1（%2 頁）。</translation>
    </message>
    <message>
      <source>Check before sending: %1</source>
      <translation>送出前請核對：%1</translation>
    </message>
    <message>
      <source>%1 (printed as %2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>儲存文書</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 檔案 (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ProgressWatcher</name>
    <message>
      <source>Cancel</source>
      <extracomment>Work that ends sooner shows no dialog at all. (done, total); total is 0 while unknown. The work's result. The exception the work raised (a UserError, `Cancelled`, or a bug). What the work committed, announced on the GUI thread just before its outcome.</extracomment>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <extracomment>Whether the dialog was ever shown (short work never shows it).</extracomment>
      <translation>正在取消…</translation>
    </message>
  </context>
  <context>
    <name>ReceiptOffer</name>
    <message>
      <source>Print the registration receipt (Ctrl+P)</source>
      <extracomment>A receipt is on offer for this case id (tests and the screenshots count these).</extracomment>
      <translation>列印登記回執 (Ctrl+P)</translation>
    </message>
    <message>
      <source>Do not print a receipt</source>
      <translation>不列印回執</translation>
    </message>
  </context>
  <context>
    <name>ReceptionTab</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>接訪方式</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>接訪領導</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Batches</source>
      <translation>批次</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人次</translation>
    </message>
    <message>
      <source>Cases received</source>
      <translation>受理的信訪件</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Delete the selected activity</source>
      <translation>刪除選中的接訪活動</translation>
    </message>
    <message>
      <source>Record a reception activity</source>
      <translation>登記接訪活動</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Name (post)</source>
      <translation>姓名（職務）</translation>
    </message>
    <message>
      <source>Units taking part in a joint reception</source>
      <translation>聯合接訪的參加單位</translation>
    </message>
    <message>
      <source>batches</source>
      <translation>批</translation>
    </message>
    <message>
      <source>person-times</source>
      <translation>人次</translation>
    </message>
    <message>
      <source>Case numbers, separated by spaces or commas</source>
      <translation>信訪件編號，用空格或逗號分隔</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>鄉鎮</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>參加單位</translation>
    </message>
    <message>
      <source>Saved: %s %s</source>
      <translation>已儲存：%s %s</translation>
    </message>
    <message>
      <source>Delete?</source>
      <translation>刪除？</translation>
    </message>
    <message>
      <source>Delete the reception activity of %s (%s)?</source>
      <translation>刪除 %s（%s）的接訪活動？</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未刪除</translation>
    </message>
  </context>
  <context>
    <name>RegionMissingNote</name>
    <message>
      <source>Settings › Townships</source>
      <translation>設定 › 鄉鎮（街道）</translation>
    </message>
    <message>
      <source>No townships yet: add them in %1.</source>
      <translation>還沒有鄉鎮和村：請到 %1 新增。</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialogs</name>
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
    <name>RegistersPage</name>
    <message>
      <source>Leader-owned cases</source>
      <extracomment>A matter's case was double-clicked: open it (the main window shows its detail).</extracomment>
      <translation>領導包案</translation>
    </message>
    <message>
      <source>Backlog cases</source>
      <translation>積案</translation>
    </message>
    <message>
      <source>Special campaign</source>
      <translation>專項攻堅</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>臺賬</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>件數</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已化解</translation>
    </message>
    <message>
      <source>Resolution rate</source>
      <translation>化解率</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>信訪件編號</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信訪人</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>反映問題</translation>
    </message>
    <message>
      <source>Resolved on</source>
      <translation>化解日期</translation>
    </message>
    <message>
      <source>Not resolved</source>
      <translation>未化解</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>認定人</translation>
    </message>
    <message>
      <source>State</source>
      <translation>辦理狀態</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>包案領導</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>化解時限</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>化解方案</translation>
    </message>
    <message>
      <source>Latest progress</source>
      <translation>最新進展</translation>
    </message>
    <message>
      <source>New register…</source>
      <extracomment>The outcome of the last import and print, and the last message shown (what tests read).</extracomment>
      <translation>新建臺賬…</translation>
    </message>
    <message>
      <source>Add cases…</source>
      <translation>列入信訪件…</translation>
    </message>
    <message>
      <source>Import list…</source>
      <translation>匯入清單…</translation>
    </message>
    <message>
      <source>Resolved…</source>
      <translation>認定化解…</translation>
    </message>
    <message>
      <source>Progress note…</source>
      <translation>記錄進展…</translation>
    </message>
    <message>
      <source>Print table…</source>
      <translation>列印進展表…</translation>
    </message>
    <message>
      <source>Select a case to see its plan and progress notes.</source>
      <translation>選中一件事項，檢視包案方案和進展情況。</translation>
    </message>
    <message>
      <source>No register yet: make one with “New register…”.</source>
      <translation>還沒有臺賬：點“新建臺賬…”建立一本。</translation>
    </message>
    <message>
      <source>%1 “%2”: %3 cases, %4 resolved, resolution rate %5 (as of %6).</source>
      <translation>%1“%2”：共%3件，已化解%4件，化解率%5（截至%6）。</translation>
    </message>
    <message>
      <source>Leader: %1.</source>
      <translation>包案領導：%1。</translation>
    </message>
    <message>
      <source>Leader: %1</source>
      <translation>包案領導：%1</translation>
    </message>
    <message>
      <source>Plan: %1</source>
      <translation>化解方案：%1</translation>
    </message>
    <message>
      <source>Staff: %1</source>
      <translation>工作人員：%1</translation>
    </message>
    <message>
      <source>Due: %1</source>
      <translation>化解時限：%1</translation>
    </message>
    <message>
      <source>No progress notes yet.</source>
      <translation>還沒有進展記錄。</translation>
    </message>
    <message>
      <source>Type at least one case number.</source>
      <translation>請至少寫一個信訪件編號。</translation>
    </message>
    <message>
      <source>Add cases</source>
      <translation>列入信訪件</translation>
    </message>
    <message>
      <source>Added %1. Already listed: %2. Not found: %3.</source>
      <translation>已列入 %1 件。已在臺賬中：%2。找不到：%3。</translation>
    </message>
    <message>
      <source>Import a higher level's list</source>
      <translation>匯入上級交辦清單</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xls)</source>
      <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
      <source>Importing the list…</source>
      <translation>正在匯入清單…</translation>
    </message>
    <message>
      <source>%1 rows read, %2 cases added, %3 already listed.</source>
      <translation>讀入 %1 行，列入 %2 件，%3 件已在臺賬中。</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>臺賬</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>記錄進展</translation>
    </message>
    <message>
      <source>Print the progress table</source>
      <translation>列印進展情況表</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
      <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>正在列印…</translation>
    </message>
  </context>
  <context>
    <name>RegistrationFields</name>
    <message>
      <source>Petitioner</source>
      <extracomment>The flags of a case (CaseInput attribute names), in the order the check boxes show them. The ID number changed: the earlier cases may be others now. The name or the phone changed (they find the earlier cases when there is no ID number). The head count changed (the 集体访 banner follows it). A link in a hint was followed ("settings:township": where 问题属地 are added).</extracomment>
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
      <translation>被反映對象</translation>
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
      <source>The day the office received the letter: the 15 days to accept or route it run from this day (from the registration date when left empty).</source>
      <translation>本機關收到來信的日期：受理或轉送、交辦的 15 日期限自此日起算（不填則自登記日期起算）。</translation>
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
    <message>
      <source>person</source>
      <translation>人</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <source>Enter moves to the next field · Ctrl+S saves and opens the case · Ctrl+Enter saves and starts the next · Ctrl+P prints the receipt</source>
      <extracomment>Fewer characters of an ID number than this match too many people to be worth a look-up. A case was registered from this form (carries its id). The user asks to open an earlier case from the side panel (carries its id). A link of a hint asks for another page (MainWindow.follow_link).</extracomment>
      <translation>回車到下一欄 · Ctrl+S 儲存並開啟該件 · Ctrl+Enter 儲存並登記下一件 · Ctrl+P 列印登記回執</translation>
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
      <source>Open the case after saving</source>
      <translation>儲存後開啟該件</translation>
    </message>
    <message>
      <source>Save (Ctrl+S) opens the new case; unticked, it stays on the form. Either way the form is emptied.</source>
      <translation>儲存 (Ctrl+S) 後開啟新登記的信訪件；不勾選則留在登記頁。兩種情況下表單都會清空。</translation>
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
    <name>ReportCentre</name>
    <message>
      <source>Print</source>
      <translation>列印</translation>
    </message>
    <message>
      <source>Document wording</source>
      <translation>文書模板</translation>
    </message>
    <message>
      <source>Monthly bulletin</source>
      <translation>月度通報</translation>
    </message>
  </context>
  <context>
    <name>ReportRunner</name>
    <message>
      <source>Preparing %1…</source>
      <extracomment>The document could not be made: the message to show (the request broke a rule, or was cancelled). A document was written. No viewer opened a document: the notice saying where it is (tests and screenshots use it). Where results go: the system's viewer and print verb (tests put recorders here). Asks where 打印到文件夹 writes (tests put a fixed folder here).</extracomment>
      <translation>正在生成%1…</translation>
    </message>
    <message>
      <source>Print into the folder</source>
      <translation>列印到資料夾</translation>
    </message>
  </context>
  <context>
    <name>ReportTemplates</name>
    <message>
      <source>Office details</source>
      <translation>本機關資訊</translation>
    </message>
    <message>
      <source>Registration receipt</source>
      <translation>登記回執</translation>
    </message>
    <message>
      <source>Case registration and handling sheet</source>
      <translation>信訪事項登記處理單</translation>
    </message>
    <message>
      <source>Notice of acceptance</source>
      <translation>受理告知書</translation>
    </message>
    <message>
      <source>Notice of non-acceptance</source>
      <translation>不予受理告知書</translation>
    </message>
    <message>
      <source>Notice of extension</source>
      <translation>延期告知書</translation>
    </message>
    <message>
      <source>Written reply (handling opinion)</source>
      <translation>信訪處理意見書</translation>
    </message>
    <message>
      <source>Review opinion</source>
      <translation>複查意見書</translation>
    </message>
    <message>
      <source>Re-examination opinion</source>
      <translation>複核意見書</translation>
    </message>
    <message>
      <source>Forwarding or assignment slip</source>
      <translation>轉送/交辦單</translation>
    </message>
    <message>
      <source>Supervision slip</source>
      <translation>督辦單</translation>
    </message>
    <message>
      <source>Reminder slip</source>
      <translation>催辦單</translation>
    </message>
    <message>
      <source>Proof of delivery</source>
      <translation>送達回證</translation>
    </message>
    <message>
      <source>Completion report to the higher level</source>
      <translation>辦結報告</translation>
    </message>
    <message>
      <source>Statistics report</source>
      <extracomment>The documents that are not a case's (the case documents share their template's name above).</extracomment>
      <translation>統計報表</translation>
    </message>
    <message>
      <source>Case review meeting agenda</source>
      <translation>研判議程</translation>
    </message>
    <message>
      <source>Petition section of the annual report</source>
      <translation>年度報告信訪部分</translation>
    </message>
    <message>
      <source>Office name (empty: the name the office was set up with)</source>
      <translation>單位名稱（空：用本單位名稱）</translation>
    </message>
    <message>
      <source>Office's short form in document numbers (empty: the name's first character and the one for petition)</source>
      <translation>文號機關代字（空：取單位名稱首字加“信”）</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>郵政編碼</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>聯絡電話</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>聯絡人</translation>
    </message>
    <message>
      <source>Words at the seal</source>
      <translation>印章處文字</translation>
    </message>
    <message>
      <source>Review authority</source>
      <translation>複查機關</translation>
    </message>
    <message>
      <source>Re-examination authority</source>
      <translation>複核機關</translation>
    </message>
    <message>
      <source>Higher authority (the completion report is addressed to it)</source>
      <translation>上級機關（辦結報告的主送機關）</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Title (assignment)</source>
      <translation>標題（交辦）</translation>
    </message>
    <message>
      <source>Document number prefix</source>
      <translation>文號代字</translation>
    </message>
    <message>
      <source>Document number prefix (assignment)</source>
      <translation>文號代字（交辦）</translation>
    </message>
    <message>
      <source>Addressee (salutation)</source>
      <translation>主送（稱呼）</translation>
    </message>
    <message>
      <source>Body (one paragraph a line)</source>
      <translation>正文（每行一段）</translation>
    </message>
    <message>
      <source>Body (assignment, one paragraph a line)</source>
      <translation>正文（交辦，每行一段）</translation>
    </message>
    <message>
      <source>Closing words</source>
      <translation>結束語</translation>
    </message>
    <message>
      <source>Ground: not accepted again after the re-examination</source>
      <translation>依據：複核終結後不再受理</translation>
    </message>
    <message>
      <source>Ground: skipped a level</source>
      <translation>依據：越級走訪</translation>
    </message>
    <message>
      <source>Ground: raised again with a higher level within the handling period</source>
      <translation>依據：辦理期限內向上級重複提出</translation>
    </message>
    <message>
      <source>Ground: any other case</source>
      <translation>依據：其他情形</translation>
    </message>
    <message>
      <source>Feedback deadline (days)</source>
      <translation>反饋期限（日）</translation>
    </message>
    <message>
      <source>Signature rows (one a line)</source>
      <translation>籤批欄（每行一欄）</translation>
    </message>
    <message>
      <source>Note on the stub</source>
      <translation>存根說明</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>“{label}” is not a document of one case.</source>
      <extracomment>Why the 「打印」 menu greys a document out (`services.reports.refusals.REASONS`), saying what to do. {label} is the document's name, {names} the documents with a copy for the unit reported on.</extracomment>
      <translation>「{label}」不是某一件信訪件的文書。</translation>
    </message>
    <message>
      <source>“{label}” is a document for the petitioner and has no copy for the unit reported on. The documents with such a copy are: {names}.</source>
      <translation>「{label}」是給信訪人的文書，沒有送單位的版本。送單位的有：{names}。</translation>
    </message>
    <message>
      <source>This case has been voided: only its registration and handling sheet can be printed.</source>
      <translation>該信訪件已作廢，只能列印登記處理單。</translation>
    </message>
    <message>
      <source>This case has not been accepted yet, so there is no notice of acceptance to print. Record “Acceptance” first (or “Signed for” by the responsible unit).</source>
      <translation>本件尚未受理，不能列印受理告知書。請先辦理「受理」（或由責任單位「簽收」）。</translation>
    </message>
    <message>
      <source>An accusation is forwarded to the discipline inspection and supervision organ or another competent authority, without a notice of non-acceptance. Record “Forwarding” and print the forwarding slip.</source>
      <translation>檢舉控告類事項應轉送紀檢監察機關或有權處理的機關，不出具不予受理告知書。請辦理「轉送」，並列印轉送單。</translation>
    </message>
    <message>
      <source>A matter for the courts is forwarded to the political and legal departments, or the petitioner is told to use litigation, arbitration, administrative reconsideration or another legal procedure, without a notice of non-acceptance. Record “Forwarding” or “Referral to legal procedure”.</source>
      <translation>涉法涉訴事項應轉送政法部門，或告知信訪人通過訴訟、仲裁、行政複議等法定途徑解決，不出具不予受理告知書。請辦理「轉送」或「導入法定途徑」。</translation>
    </message>
    <message>
      <source>This case has no decision not to accept it, so there is no notice of non-acceptance to print. Record “Non-acceptance” with its reason first.</source>
      <translation>本件沒有不予受理的決定，不能列印不予受理告知書。請先辦理「不予受理」並寫明理由。</translation>
    </message>
    <message>
      <source>This case has not been forwarded or assigned yet, so there is no forwarding or assignment slip to print. Record “Forwarding” or “Assignment” first.</source>
      <translation>本件尚未轉送或交辦，不能列印轉送/交辦單。請先辦理「轉送」或「交辦」。</translation>
    </message>
    <message>
      <source>This case has no extension, so there is no notice of extension to print. Record “Extension” first (with its reason and who approved it).</source>
      <translation>本件沒有延期記錄，不能列印延期告知書。請先辦理「延期」（寫明理由和批准人）。</translation>
    </message>
    <message>
      <source>This case has not been replied to yet, so there is no written reply to print. Record “Reply” first.</source>
      <translation>本件尚未答覆，不能列印信訪處理意見書。請先記錄「答覆」。</translation>
    </message>
    <message>
      <source>This case has no review opinion, so there is none to print. Record “Review decision” first.</source>
      <translation>本件沒有複查意見，不能列印複查意見書。請先記錄「複查意見」。</translation>
    </message>
    <message>
      <source>This case has no re-examination opinion, so there is none to print. Record “Recheck decision” first.</source>
      <translation>本件沒有複核意見，不能列印複核意見書。請先記錄「複核意見」。</translation>
    </message>
    <message>
      <source>This case has no written reply, review opinion or re-examination opinion to deliver yet, so there is no proof of delivery to print. Record “Reply”, “Review decision” or “Recheck decision” first.</source>
      <translation>本件還沒有需要送達的處理意見書、複查意見書或複核意見書，不能列印送達回證。</translation>
    </message>
    <message>
      <source>This case has not been forwarded or assigned to a responsible unit, so there is no one to supervise. Record “Forwarding” or “Assignment” first.</source>
      <translation>本件尚未轉送、交辦給責任單位，沒有督辦對象。請先辦理「轉送」或「交辦」。</translation>
    </message>
    <message>
      <source>A case registered at this level needs no completion report to the higher level: only cases forwarded, assigned or supervised from above do.</source>
      <translation>本級登記的信訪件無需向上級報送辦結報告，只有上級轉送、交辦、督辦的信訪件才需要。</translation>
    </message>
    <message>
      <source>This case has not been replied to or completed yet, so there is no completion report to print. Print it after the reply, the mediation or the completion.</source>
      <translation>本件尚未答覆或辦結，不能列印辦結報告。請在答覆、調解或辦結後再列印。</translation>
    </message>
    <message>
      <source>“%1”</source>
      <extracomment>A document named in the list of {names}, and what joins them.</extracomment>
      <translation>「%1」</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1 (for the unit reported on, without the petitioner)</source>
      <translation>%1（送被反映對象，不含信訪人資訊）</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>Reset password</source>
      <translation>重置密碼</translation>
    </message>
    <message>
      <source>New password for %s (to be changed at the next log-in):</source>
      <translation>%s 的新密碼（下次登入時須修改）：</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>新密碼：</translation>
    </message>
    <message>
      <source>Password again:</source>
      <translation>再次輸入密碼：</translation>
    </message>
    <message>
      <source>The two passwords differ. Type them again.</source>
      <translation>兩次輸入的密碼不一樣，請重新輸入。</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>Import</source>
      <translation>匯入</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在匯入…</translation>
    </message>
  </context>
  <context>
    <name>ReviewBoardModel</name>
    <message>
      <source>Tier</source>
      <extracomment>How many more rows of a group the tree is offered at a time.</extracomment>
      <translation>色級</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>編號</translation>
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
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>紅黃理由</translation>
    </message>
    <message>
      <source>Meeting's decision</source>
      <translation>研判結論</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>責任單位／包案</translation>
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
      <source>%s: %d case(s)</source>
      <extracomment>The internal id of a group's index (a case's index carries its group's number + 1). The same board is about to be read again, and has been (`ui.id_list.PlaceKeeper`).</extracomment>
      <translation>%s：%d 件</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Leader: %s</source>
      <translation>包案：%s</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Case review</source>
      <extracomment>Column widths at the start (the summary and the reasons take what is left). Of the width the fixed columns leave, the summary takes this share and the reasons the rest. The 研判 dialog open over the page, if any.</extracomment>
      <translation>研判</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>色級</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>屬地</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>清除篩選</translation>
    </message>
    <message>
      <source>Enter or a double-click opens the case; “Review…” (Ctrl+R) records the meeting's decision.</source>
      <translation>回車或雙擊開啟信訪件；「研判…」（Ctrl+R）記錄研判會的結論。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>開啟</translation>
    </message>
    <message>
      <source>Review… (Ctrl+R)</source>
      <translation>研判…（Ctrl+R）</translation>
    </message>
    <message>
      <source>Meetings…</source>
      <translation>研判會…</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Red and yellow</source>
      <translation>紅和黃</translation>
    </message>
    <message>
      <source>Never reviewed</source>
      <translation>未經研判</translation>
    </message>
    <message>
      <source>Review date reached</source>
      <translation>到期待研判</translation>
    </message>
    <message>
      <source>Decided by the meeting</source>
      <translation>已研判</translation>
    </message>
    <message>
      <source>%s %d</source>
      <translation>%s %d 件</translation>
    </message>
    <message>
      <source>Overdue: %d · review date reached: %d</source>
      <translation>其中超期 %d 件 · 到期待研判 %d 件</translation>
    </message>
    <message>
      <source>Choose a case on the board first.</source>
      <translation>請先在列表中選擇一件信訪件。</translation>
    </message>
    <message>
      <source>%s is closed and only owes the higher level its report: the meeting cannot set its tier.</source>
      <translation>%s 已辦結，只需向上級報送辦結報告，研判會不能再設定其色級。</translation>
    </message>
  </context>
  <context>
    <name>RulesTab</name>
    <message>
      <source>In use</source>
      <translation>啟用</translation>
    </message>
    <message>
      <source>Rule (article)</source>
      <translation>規則（依據）</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Save rules</source>
      <translation>儲存規則</translation>
    </message>
    <message>
      <source>Rules version %s</source>
      <translation>規則版本 %s</translation>
    </message>
    <message>
      <source>Only an administrator can change the rules.</source>
      <translation>只有管理員可以修改評查規則。</translation>
    </message>
    <message>
      <source>Saved. Every case is judged again by the new rules.</source>
      <translation>已儲存。全部信訪件將按新規則重新評查。</translation>
    </message>
  </context>
  <context>
    <name>SavedMessage</name>
    <message>
      <source>Click to open the case</source>
      <extracomment>The preference that keeps the clerk on the form after 保存 instead of opening the new case. The clerk clicked the case number (carries the case's id).</extracomment>
      <translation>單擊開啟該信訪件</translation>
    </message>
  </context>
  <context>
    <name>SearchKeeper</name>
    <message>
      <source>Indexing cases for search: %1 of %2</source>
      <extracomment>Registrations come in bursts; index once the burst is over rather than after each case. A catch-up ended (how many cases it indexed; -1 when it failed or was cancelled).</extracomment>
      <translation>正在為檢索建立索引：%1 / %2 件</translation>
    </message>
    <message>
      <source>Search index up to date</source>
      <translation>檢索索引已是最新</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Shortest password (characters)</source>
      <translation>密碼最短長度（字元）</translation>
    </message>
    <message>
      <source>Kinds of characters a password needs (upper case, lower case, digits, others)</source>
      <translation>密碼至少包含的字元種類（大寫、小寫、數字、其他）</translation>
    </message>
    <message>
      <source>Days a password lasts (0: for ever)</source>
      <translation>密碼有效期（日，0 為不過期）</translation>
    </message>
    <message>
      <source>Wrong passwords in a row that lock an account</source>
      <translation>連續輸錯密碼幾次鎖定賬號</translation>
    </message>
    <message>
      <source>Minutes an account stays locked</source>
      <translation>賬號鎖定時長（分鐘）</translation>
    </message>
    <message>
      <source>Idle minutes before the window locks</source>
      <translation>無操作多少分鐘後鎖定視窗</translation>
    </message>
    <message>
      <source>Folder of the automatic backups (empty: a backups folder beside the database)</source>
      <translation>自動備份的資料夾（空：資料庫旁的 backups 資料夾）</translation>
    </message>
    <message>
      <source>Automatic backups: daily copies kept (days)</source>
      <translation>自動備份：保留最近幾天的每日備份</translation>
    </message>
    <message>
      <source>Automatic backups: monthly copies kept (months)</source>
      <translation>自動備份：保留最近幾個月的每月備份</translation>
    </message>
    <message>
      <source>Dashboard warning: days without a backup</source>
      <translation>工作臺提醒：超過幾天沒有備份</translation>
    </message>
    <message>
      <source>Archive number pattern (may use {year}, {office_code}, {seq})</source>
      <translation>檔號格式（可用 {year}、{office_code}、{seq}）</translation>
    </message>
    <message>
      <source>Office code</source>
      <translation>本單位代碼</translation>
    </message>
    <message>
      <source>Collective visit threshold (people)</source>
      <translation>集體訪人數標準（人）</translation>
    </message>
    <message>
      <source>Deadline to accept, forward or assign after registration (days)</source>
      <translation>登記後受理或轉送、交辦的期限（日）</translation>
    </message>
    <message>
      <source>Deadline for the responsible unit to inform the petitioner (days)</source>
      <translation>責任單位告知信訪人的期限（日）</translation>
    </message>
    <message>
      <source>Deadline for the responsible unit to object (days)</source>
      <translation>責任單位提出異議的期限（日）</translation>
    </message>
    <message>
      <source>Deadline to handle and reply in writing (days, from acceptance)</source>
      <translation>辦理並書面答覆的期限（日，自受理之日起）</translation>
    </message>
    <message>
      <source>Extensions in total at most (days)</source>
      <translation>延期合計不超過（日）</translation>
    </message>
    <message>
      <source>Extensions per case at most</source>
      <translation>每件最多延期次數</translation>
    </message>
    <message>
      <source>Extensions run from the original last day (before any rest-day shift)</source>
      <translation>延期自原期限末日（順延前）起算</translation>
    </message>
    <message>
      <source>Deadline to request a review (days, from receiving the written reply)</source>
      <translation>請求複查的期限（日，自收到書面答覆之日起）</translation>
    </message>
    <message>
      <source>Deadline to give the review opinion (days)</source>
      <translation>提出複查意見的期限（日）</translation>
    </message>
    <message>
      <source>Deadline to request a recheck (days, from receiving the review opinion)</source>
      <translation>請求複核的期限（日，自收到複查意見之日起）</translation>
    </message>
    <message>
      <source>Deadline to give the recheck opinion (days)</source>
      <translation>提出複核意見的期限（日）</translation>
    </message>
    <message>
      <source>Deadlines counted in working days (the others in calendar days)</source>
      <translation>按工作日計算的期限（其餘按自然日）</translation>
    </message>
    <message>
      <source>Natures the handling deadline, review and recheck apply to</source>
      <translation>適用辦理期限和複查複核的性質</translation>
    </message>
    <message>
      <source>Yellow warning: deadline within (days)</source>
      <translation>黃色預警：距期限不超過（日）</translation>
    </message>
    <message>
      <source>Yellow warning: repeat petitions reaching (times)</source>
      <translation>黃色預警：重複訪達到（次）</translation>
    </message>
    <message>
      <source>Tiers last computed on</source>
      <translation>紅黃綠最近計算日期</translation>
    </message>
    <message>
      <source>Conformity rules switched off or reweighted (change them under Conformity review › Rules)</source>
      <translation>評查規則的開關和扣分（在 評查 › 規則 中修改）</translation>
    </message>
    <message>
      <source>Conformity last judged on</source>
      <translation>規範性評查最近計算日期</translation>
    </message>
    <message>
      <source>Satisfaction rate: evaluations counted as satisfied</source>
      <translation>群眾滿意率：計為滿意的評價</translation>
    </message>
    <message>
      <source>One-time resolution: days watched for a repeat petition after completion</source>
      <translation>一次性化解率：辦結後觀察重複信訪的天數</translation>
    </message>
    <message>
      <source>Indicators counted by registration date (not by deadline or date of the event)</source>
      <translation>按登記日期（而非到期或發生日期）歸入統計期的指標</translation>
    </message>
    <message>
      <source>Document templates (change them with fazhi report templates)</source>
      <translation>文書模板（用 fazhi report templates 修改）</translation>
    </message>
    <message>
      <source>Ledger column mappings saved by the import (change them in the import wizard)</source>
      <translation>匯入臺賬時儲存的列對應關係（在匯入嚮導中修改）</translation>
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
      <source>Outreach kinds</source>
      <translation>宣傳活動類別</translation>
    </message>
    <message>
      <source>General</source>
      <translation>基本設定</translation>
    </message>
    <message>
      <source>Data safety</source>
      <translation>資料安全</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>使用者</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Everywhere</source>
      <extracomment>A step button's key: what it does is the step's name (translated as vocabulary).</extracomment>
      <translation>全程式</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>登記</translation>
    </message>
    <message>
      <source>Case detail and step forms</source>
      <translation>信訪件詳情與辦理步驟</translation>
    </message>
    <message>
      <source>Register a petition (the channel last used)</source>
      <translation>登記信訪件（上次使用的形式）</translation>
    </message>
    <message>
      <source>Register a visit</source>
      <translation>登記來訪</translation>
    </message>
    <message>
      <source>Register a letter</source>
      <translation>登記來信</translation>
    </message>
    <message>
      <source>Register an online petition</source>
      <translation>登記網上信訪</translation>
    </message>
    <message>
      <source>Register a phone call</source>
      <translation>登記來電</translation>
    </message>
    <message>
      <source>The case list</source>
      <translation>信訪件列表</translation>
    </message>
    <message>
      <source>Search cases by number, name or words</source>
      <translation>按編號、姓名或字詞檢索信訪件</translation>
    </message>
    <message>
      <source>Import the cases of an Excel ledger</source>
      <translation>匯入 Excel 臺賬中的信訪件</translation>
    </message>
    <message>
      <source>This list of shortcuts</source>
      <translation>本快捷鍵一覽</translation>
    </message>
    <message>
      <source>Move to the next field (a new line in the details)</source>
      <translation>到下一欄（在詳細內容中為換行）</translation>
    </message>
    <message>
      <source>Save and open the new case</source>
      <translation>儲存並開啟新登記的信訪件</translation>
    </message>
    <message>
      <source>Save and register the next visitor</source>
      <translation>儲存並登記下一件</translation>
    </message>
    <message>
      <source>Fill in a known petitioner from the latest case</source>
      <translation>按此人上次登記的信訪件填入姓名、性別、電話、住址</translation>
    </message>
    <message>
      <source>Print the registration receipt (a typed visitor is saved first)</source>
      <translation>列印登記回執（已填寫的先儲存）</translation>
    </message>
    <message>
      <source>Record the step</source>
      <translation>記錄該步驟</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Assess the chosen case</source>
      <translation>研判所選信訪件</translation>
    </message>
    <message>
      <source>Outreach events</source>
      <translation>宣傳活動</translation>
    </message>
    <message>
      <source>A new outreach event (there Ctrl+N does this)</source>
      <translation>新建宣傳活動（在此頁 Ctrl+N 用於此）</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>快捷鍵</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按鍵</translation>
    </message>
    <message>
      <source>Does</source>
      <translation>作用</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>適用位置</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <source>Statistics and reports</source>
      <extracomment>A case was asked to be opened (from the cases behind a figure). The figures of the chosen period arrived (tests wait for it).</extracomment>
      <translation>統計報表</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>匯出 Excel…</translation>
    </message>
    <message>
      <source>Indicator settings…</source>
      <translation>指標口徑…</translation>
    </message>
    <message>
      <source>Registrations</source>
      <translation>信訪總量（件次）</translation>
    </message>
    <message>
      <source>People</source>
      <translation>信訪總量（人次）</translation>
    </message>
    <message>
      <source>Petitioners</source>
      <translation>信訪人（人）</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已辦結（件）</translation>
    </message>
    <message>
      <source>Collective visits</source>
      <translation>集體訪（批次）</translation>
    </message>
    <message>
      <source>Click a figure (or press Enter on a row) to list the cases on each side of it.</source>
      <translation>點選數值、分子或分母（或在某一行按回車），列出分子和分母中的信訪件。</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>指標</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>圖表</translation>
    </message>
    <message>
      <source>Breakdowns</source>
      <translation>分類統計</translation>
    </message>
    <message>
      <source>Print documents</source>
      <translation>列印文書</translation>
    </message>
    <message>
      <source>Counting %1…</source>
      <translation>正在統計%1…</translation>
    </message>
    <message>
      <source>%1 a year earlier (%2)</source>
      <translation>去年同期 %1（同比 %2）</translation>
    </message>
    <message>
      <source>%1 to %2, as of %3; compared with %4 to %5.</source>
      <translation>統計時期 %1 至 %2，截至 %3；同比期間 %4 至 %5。</translation>
    </message>
    <message>
      <source>The figures could not be counted: %1</source>
      <translation>無法統計：%1</translation>
    </message>
    <message>
      <source>Listing the cases…</source>
      <translation>正在列出信訪件…</translation>
    </message>
    <message>
      <source>Export the statistics</source>
      <translation>匯出統計報表</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting the statistics…</source>
      <translation>正在匯出統計報表…</translation>
    </message>
    <message>
      <source>Exported to %1</source>
      <translation>已匯出到 %1</translation>
    </message>
  </context>
  <context>
    <name>StepBar</name>
    <message>
      <source>Next steps (Alt+letter):</source>
      <extracomment>The order of the buttons: the usual path first, then the rarer turns, then what any open case allows. Steps that change no state: set apart from the procedure's own. The buttons shown, by step kind, in order.</extracomment>
      <translation>可辦理（Alt+字母）：</translation>
    </message>
    <message>
      <source>No step can be recorded on this case now.</source>
      <translation>該信訪件現在沒有可辦理的步驟。</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <source>Optional</source>
      <extracomment>Keys of the editors that are not fields of the dataclass (and the service's names for them). The editors of the dataclass's fields, by field name, in the order shown. Every message line, by the field (or DATE, NOTE, ATTACHMENTS) it belongs to. The editors Enter and Tab walk through, top to bottom, then 「记录」.</extracomment>
      <translation>選填</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Record %s (Ctrl+S)</source>
      <translation>記錄%s（Ctrl+S）</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>:</source>
      <translation>：</translation>
    </message>
  </context>
  <context>
    <name>StepForms</name>
    <message>
      <source>The petitioner asks the next level up to review, within 30 days of the reply.</source>
      <translation>信訪人自收到書面答覆之日起 30 日內請求上一級機關複查。</translation>
    </message>
    <message>
      <source>Reviewing organ</source>
      <translation>複查機關</translation>
    </message>
    <message>
      <source>Requested on</source>
      <translation>請求日期</translation>
    </message>
    <message>
      <source>The request</source>
      <translation>請求書</translation>
    </message>
    <message>
      <source>The reviewing organ's decision; deliver it to the petitioner next.</source>
      <translation>複查機關的複查意見，隨後送達信訪人。</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>處理意見</translation>
    </message>
    <message>
      <source>The review decision</source>
      <translation>複查意見書</translation>
    </message>
    <message>
      <source>The petitioner asks for a recheck, within 30 days of the review decision.</source>
      <translation>信訪人自收到複查意見之日起 30 日內請求複核。</translation>
    </message>
    <message>
      <source>Rechecking organ</source>
      <translation>複核機關</translation>
    </message>
    <message>
      <source>After the recheck the same facts and reasons are not accepted again.</source>
      <translation>複核後，信訪人以同一事實和理由再次信訪的，不再受理。</translation>
    </message>
    <message>
      <source>The recheck decision</source>
      <translation>複核意見書</translation>
    </message>
    <message>
      <source>Ends a matter whose answer was delivered (for example, accepted in writing).</source>
      <translation>終結答覆已送達的事項（如信訪人書面表示接受）。</translation>
    </message>
    <message>
      <source>Filing of a matter closed after the recheck with the province.</source>
      <translation>複核終結的事項向省級備案（三級終結）。</translation>
    </message>
    <message>
      <source>Date</source>
      <extracomment>The case's timeline (a 更正 names one of its steps). The cases of the matter (a 告知 of a repeat points to the open one). Where the case stands (deadlines, extensions left), when the caller has it. The case's current tier (a 研判 starts from it). The case's version as shown (CaseDetail.version): the step is refused if it changed since. One line that explains the step (English source, context StepForms). Labels of fields that read differently for this step than `FIELD_LABELS` says. Fields the program fills in (or that make no sense to type here). Fields asked first, in this order (the others follow in the dataclass's order). What the step's own date means.</extracomment>
      <translation>日期</translation>
    </message>
    <message>
      <source>Scans or documents of this step, if any</source>
      <extracomment>What is usually attached (shown beside the attachments).</extracomment>
      <translation>本步驟的掃描件或文書（如有）</translation>
    </message>
    <message>
      <source>Reason</source>
      <extracomment>Choices of fields that are neither enums nor units (a case of the matter, a step). First values that depend on the case (a deadline, the days of extension left). A further line from the case's clock (how many days of extension are left). Wires fields to each other once the editors exist (`editors` by field name). How each field of the step dataclasses is labelled unless a form says otherwise.</extracomment>
      <translation>理由</translation>
    </message>
    <message>
      <source>Not accepted again</source>
      <translation>不再受理</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <source>Unit's deadline</source>
      <translation>辦理期限</translation>
    </message>
    <message>
      <source>What the petitioner is told</source>
      <translation>告知內容</translation>
    </message>
    <message>
      <source>Open case of the matter</source>
      <translation>指向的在辦信訪件</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天數</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准負責人</translation>
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
      <source>Explanation</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>協議內容</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>處理意見</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>文號</translation>
    </message>
    <message>
      <source>Delivery method</source>
      <translation>送達方式</translation>
    </message>
    <message>
      <source>Signed for by the petitioner</source>
      <translation>信訪人已簽收</translation>
    </message>
    <message>
      <source>Satisfaction with the bureau</source>
      <translation>對信訪部門的評價</translation>
    </message>
    <message>
      <source>Satisfaction with the unit</source>
      <translation>對責任單位的評價</translation>
    </message>
    <message>
      <source>Organ asked</source>
      <translation>受理機關</translation>
    </message>
    <message>
      <source>By a higher level</source>
      <translation>上級督辦</translation>
    </message>
    <message>
      <source>Supervised by</source>
      <translation>督辦單位或領導</translation>
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
      <source>How it was settled</source>
      <translation>辦結情況</translation>
    </message>
    <message>
      <source>Report number</source>
      <translation>報告文號</translation>
    </message>
    <message>
      <source>Filing number</source>
      <translation>備案編號</translation>
    </message>
    <message>
      <source>What to correct</source>
      <translation>更正專案</translation>
    </message>
    <message>
      <source>Correct value</source>
      <translation>更正後的值</translation>
    </message>
    <message>
      <source>Step to correct</source>
      <translation>更正對象</translation>
    </message>
    <message>
      <source>Extended %1 time(s) by %2 days so far; %3 days are left.</source>
      <translation>已延期 %1 次、共 %2 日，還可延期 %3 日。</translation>
    </message>
    <message>
      <source>Approved by the head of the unit before the deadline; the reason must be told to the petitioner.</source>
      <translation>須在期限屆滿前經本單位負責人批准，並將延期理由告知信訪人。</translation>
    </message>
    <message>
      <source>Extend by (days)</source>
      <translation>延長天數</translation>
    </message>
    <message>
      <source>The approval and the notice to the petitioner</source>
      <translation>批准檔案及告知信訪人的通知</translation>
    </message>
    <message>
      <source>A mediation or settlement agreement closes the matter.</source>
      <translation>達成調解或和解協議，事項辦結。</translation>
    </message>
    <message>
      <source>The signed agreement</source>
      <translation>簽字的協議書</translation>
    </message>
    <message>
      <source>The written reply (信访处理意见书); deliver it to the petitioner next.</source>
      <translation>出具信訪處理意見書，隨後送達信訪人。</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答覆意見</translation>
    </message>
    <message>
      <source>Replied on</source>
      <translation>答覆日期</translation>
    </message>
    <message>
      <source>The written reply</source>
      <translation>信訪處理意見書</translation>
    </message>
    <message>
      <source>The window for a review request (30 days) starts the day after delivery. Leave 'signed' unticked when the petitioner refused to sign.</source>
      <translation>請求複查的期限（30 日）自送達次日起算。信訪人拒絕簽收的，不要勾選「信訪人已簽收」。</translation>
    </message>
    <message>
      <source>Delivered on</source>
      <translation>送達日期</translation>
    </message>
    <message>
      <source>The signed receipt (送达回证)</source>
      <translation>簽字的送達回證</translation>
    </message>
    <message>
      <source>The petitioner's satisfaction, with the bureau and with the responsible unit.</source>
      <translation>信訪人對信訪部門和對責任單位的滿意度評價。</translation>
    </message>
    <message>
      <source>Evaluated on</source>
      <translation>評價日期</translation>
    </message>
    <message>
      <source>Closes a matter answered without the handling period (suggestions, accusations).</source>
      <translation>辦結不適用辦理期限的事項（建議意見類、檢舉控告類）。</translation>
    </message>
    <message>
      <source>The report of the result to the higher level the case came from.</source>
      <translation>向轉送、交辦本件的上級報送辦結報告。</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>辦結報告</translation>
    </message>
    <message>
      <source>Accepting starts the handling period, counted from the day after the acceptance.</source>
      <translation>受理後開始計算辦理期限，自受理次日起算。</translation>
    </message>
    <message>
      <source>The notice of acceptance, if one was given</source>
      <translation>受理告知書（如有）</translation>
    </message>
    <message>
      <source>The petitioner gets a written notice of non-acceptance that states the reason.</source>
      <translation>向信訪人出具不予受理告知書，寫明理由。</translation>
    </message>
    <message>
      <source>Reason (written in the notice)</source>
      <translation>理由（寫入告知書）</translation>
    </message>
    <message>
      <source>The notice of non-acceptance</source>
      <translation>不予受理告知書</translation>
    </message>
    <message>
      <source>Forward the matter to the unit that must handle it; a deadline is optional.</source>
      <translation>轉送有權處理的責任單位；辦理期限可不填。</translation>
    </message>
    <message>
      <source>The forwarding letter</source>
      <translation>轉送函</translation>
    </message>
    <message>
      <source>Assign the matter to a unit, which reports its result back by the deadline.</source>
      <translation>交辦責任單位，責任單位須在期限內反饋辦理結果。</translation>
    </message>
    <message>
      <source>Report back by</source>
      <translation>反饋期限</translation>
    </message>
    <message>
      <source>The assignment letter</source>
      <translation>交辦函</translation>
    </message>
    <message>
      <source>The unit signs for the matter and must tell the petitioner within 15 days whether it handles it.</source>
      <translation>責任單位簽收，並須在 15 日內告知信訪人是否受理。</translation>
    </message>
    <message>
      <source>Received by the unit on</source>
      <translation>簽收日期</translation>
    </message>
    <message>
      <source>A unit that finds the matter outside its remit may object within 5 working days of receiving it.</source>
      <translation>責任單位認為不屬於其職責範圍的，應自收到之日起 5 個工作日內提出異議。</translation>
    </message>
    <message>
      <source>Why it is not the unit's remit</source>
      <translation>不屬本單位職責的理由</translation>
    </message>
    <message>
      <source>Tell the petitioner how the matter is handled; a repeat petition is told where its open case stands.</source>
      <translation>告知信訪人辦理情況；重複信訪的，告知其在辦信訪件的進展。</translation>
    </message>
    <message>
      <source>Told on</source>
      <translation>告知日期</translation>
    </message>
    <message>
      <source>The matter leaves the petition procedure for the legal procedure chosen here.</source>
      <translation>事項匯入所選的法定途徑，不再按信訪程式辦理。</translation>
    </message>
    <message>
      <source>The petitioner withdraws the petition; the matter ends.</source>
      <translation>信訪人撤回信訪事項，辦理結束。</translation>
    </message>
    <message>
      <source>The written withdrawal</source>
      <translation>書面撤回申請</translation>
    </message>
    <message>
      <source>Only for a registration made by mistake. The case keeps its number and its history.</source>
      <translation>僅用於誤登記。信訪件保留編號和辦理記錄。</translation>
    </message>
    <message>
      <source>What the mistake was</source>
      <translation>誤登記的原因</translation>
    </message>
    <message>
      <source>Other (described in the reason)</source>
      <extracomment>The 研判 meeting is weekly: the next review a week on.</extracomment>
      <translation>其他（在理由中說明）</translation>
    </message>
    <message>
      <source>The case itself</source>
      <translation>信訪件本身</translation>
    </message>
    <message>
      <source>Supervision of the handling; supervision by a higher level makes the case yellow.</source>
      <translation>對辦理情況進行督辦；上級督辦的，信訪件列為黃色。</translation>
    </message>
    <message>
      <source>What is asked</source>
      <translation>督辦要求</translation>
    </message>
    <message>
      <source>The supervision notice</source>
      <translation>督辦通知</translation>
    </message>
    <message>
      <source>The review meeting may set the tier either way; the automatic reasons stay visible beside it.</source>
      <translation>研判會可調高或調低色級；自動評定的理由仍同時顯示。</translation>
    </message>
    <message>
      <source>Reason of the meeting</source>
      <translation>研判理由</translation>
    </message>
    <message>
      <source>Meeting on</source>
      <translation>研判日期</translation>
    </message>
    <message>
      <source>A leader takes personal charge of the matter until it is resolved.</source>
      <translation>由領導包案，直至化解。</translation>
    </message>
    <message>
      <source>Steps are never changed: the correction is recorded as a step of its own.</source>
      <translation>已記錄的步驟不會被修改：更正作為新的一步記錄。</translation>
    </message>
    <message>
      <source>Why (or what, for 'other')</source>
      <translation>更正理由（選「其他」時寫明更正內容）</translation>
    </message>
  </context>
  <context>
    <name>StudyTab</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>參加人數</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>透過人數</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>培訓方式</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>內容</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>服務時期</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>提供諮詢</translation>
    </message>
    <message>
      <source>Cases reviewed</source>
      <translation>審查案件</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>法律顧問</translation>
    </message>
    <message>
      <source>Delete the selected study record</source>
      <translation>刪除選中的學法記錄</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Record legal study</source>
      <translation>登記學法</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>What was studied, or the name of the exam or training</source>
      <translation>學習內容，或考試、培訓的名稱</translation>
    </message>
    <message>
      <source>people</source>
      <translation>人</translation>
    </message>
    <message>
      <source>Training mode</source>
      <translation>培訓方式</translation>
    </message>
    <message>
      <source>Legal adviser's service</source>
      <translation>法律顧問服務</translation>
    </message>
    <message>
      <source>times</source>
      <translation>次</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>件</translation>
    </message>
    <message>
      <source>From</source>
      <translation>起</translation>
    </message>
    <message>
      <source>To</source>
      <translation>止</translation>
    </message>
    <message>
      <source>Saved: %s %s</source>
      <translation>已儲存：%s %s</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>已儲存</translation>
    </message>
    <message>
      <source>Delete?</source>
      <translation>刪除？</translation>
    </message>
    <message>
      <source>Delete the study record of %s “%s”?</source>
      <translation>刪除 %s「%s」這條學法記錄？</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未刪除</translation>
    </message>
  </context>
  <context>
    <name>TemplatesTab</name>
    <message>
      <source>Save</source>
      <extracomment>The wording of a document was saved or reset.</extracomment>
      <translation>儲存</translation>
    </message>
    <message>
      <source>Restore the default wording</source>
      <translation>恢復預設措辭</translation>
    </message>
    <message>
      <source>Document:</source>
      <translation>文書：</translation>
    </message>
    <message>
      <source>Default: %1</source>
      <translation>預設：%1</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <source> (changed)</source>
      <translation>（已修改）</translation>
    </message>
    <message>
      <source>Placeholders you may use: %1</source>
      <translation>可用的佔位符：%1</translation>
    </message>
    <message>
      <source>Leave the office's name empty to use the name the office was set up with.</source>
      <translation>單位名稱留空則使用本單位設定時的名稱。</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已儲存。</translation>
    </message>
    <message>
      <source>The default wording is back.</source>
      <translation>已恢復預設措辭。</translation>
    </message>
    <message>
      <source>Replace every field of this document with the program's default wording?</source>
      <translation>把這種文書的所有專案都恢復為程式的預設措辭嗎？</translation>
    </message>
  </context>
  <context>
    <name>TierKeeper</name>
    <message>
      <source>Bringing deadlines and tiers up to date for today…</source>
      <extracomment>The longest the keeper waits before looking at the date again (a PC may sleep through midnight). A little after midnight, so the new day has surely begun. The re-tiering ended (its result; None when the tiers were already today's). The day the tiers were last brought up to date by this keeper.</extracomment>
      <translation>正在按今天重新計算期限和紅黃綠…</translation>
    </message>
  </context>
  <context>
    <name>TierReasons</name>
    <message>
      <source>Overdue by %1 days (%2 %3%4)</source>
      <extracomment>The English of every reason (`domain.tier_reasons.REASONS`), its values as %1, %2 … in FIELDS order.</extracomment>
      <translation>已超期 %1 天（%2 %3%4）</translation>
    </message>
    <message>
      <source>Due today (%1%2)</source>
      <translation>今天到期（%1%2）</translation>
    </message>
    <message>
      <source>Due in %1 days (%2 %3%4)</source>
      <translation>%1 天后到期（%2 %3%4）</translation>
    </message>
    <message>
      <source>Major and urgent</source>
      <translation>重大緊急</translation>
    </message>
    <message>
      <source>Threatens extreme action</source>
      <translation>揚言極端行為</translation>
    </message>
    <message>
      <source>Collective visit of %1 people</source>
      <translation>集體訪 %1 人</translation>
    </message>
    <message>
      <source>Skipped a level</source>
      <translation>越級訪</translation>
    </message>
    <message>
      <source>Went to a higher level</source>
      <translation>赴上級走訪</translation>
    </message>
    <message>
      <source>Petitions again after the recheck</source>
      <translation>複核終結後仍信訪</translation>
    </message>
    <message>
      <source>Repeat petition</source>
      <translation>重複訪</translation>
    </message>
    <message>
      <source>Repeated %1 times</source>
      <translation>重複訪 %1 次</translation>
    </message>
    <message>
      <source>Crosses regions, levels or sectors</source>
      <translation>三跨三分離</translation>
    </message>
    <message>
      <source>Owned by a leader (%1)</source>
      <translation>領導包案（%1）</translation>
    </message>
    <message>
      <source>Supervised from above</source>
      <translation>上級督辦</translation>
    </message>
    <message>
      <source>Due in %1 days%2</source>
      <translation>%1 天后到期%2</translation>
    </message>
    <message>
      <source>No red or yellow factor</source>
      <translation>無紅黃因素</translation>
    </message>
    <message>
      <source>Overdue by %1 day (%2 %3%4)</source>
      <extracomment>The English where the first value is 1 ("Overdue by 1 day"); the Chinese does not change.</extracomment>
      <translation>已超期 %1 天（%2 %3%4）</translation>
    </message>
    <message>
      <source>Due in %1 day (%2 %3%4)</source>
      <translation>%1 天后到期（%2 %3%4）</translation>
    </message>
    <message>
      <source>Repeated %1 time</source>
      <translation>重複訪 %1 次</translation>
    </message>
    <message>
      <source>Due in %1 day%2</source>
      <translation>%1 天后到期%2</translation>
    </message>
    <message>
      <source>deadline</source>
      <extracomment>The values each template takes, in the order of its placeholders.</extracomment>
      <translation>期限</translation>
    </message>
    <message>
      <source>, holidays of %1 not entered yet: counted with weekends only</source>
      <translation>，%1年節假日安排未錄入，只按週末推算</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>. </source>
      <translation>。</translation>
    </message>
    <message>
      <source>Set to %1 by the review meeting</source>
      <extracomment>The words of a 研判 decision (`domain.tier_reasons.NOTE`).</extracomment>
      <translation>研判定為%1</translation>
    </message>
    <message>
      <source> (automatic: %1)</source>
      <translation>（自動為%1）</translation>
    </message>
    <message>
      <source>: %1</source>
      <translation>：%1</translation>
    </message>
    <message>
      <source>no reason written</source>
      <translation>未寫理由</translation>
    </message>
    <message>
      <source>; next review %1</source>
      <translation>；下次研判 %1</translation>
    </message>
    <message>
      <source>, lapsed: the automatic tier applies, review it again</source>
      <translation>，已過期，按自動色級，請重新研判</translation>
    </message>
    <message>
      <source>, due: review it again</source>
      <translation>，已到期，請重新研判</translation>
    </message>
    <message>
      <source>holidays of %1 not entered yet</source>
      <extracomment>A deadline's warning (`Due.warnings`), and the same with `calendar_warning`'s advice.</extracomment>
      <translation>%1年節假日安排未錄入</translation>
    </message>
    <message>
      <source>Holidays of %1 not entered yet: the deadline counts weekends only, please check</source>
      <translation>%1年節假日安排未錄入，期限只按週末推算，請核對</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <source>User name</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>所屬鄉鎮</translation>
    </message>
    <message>
      <source>Last log-in</source>
      <translation>最近登入</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>新增使用者…</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>重置密碼…</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>in use</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>locked until %s</source>
      <translation>鎖定到 %s</translation>
    </message>
    <message>
      <source>must change password</source>
      <translation>須修改密碼</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>啟用</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Visit</source>
      <extracomment>lupdate reads contexts only as literals: QT_TRANSLATE_NOOP below spells it out. The English text of every member of every vocabulary, by vocabulary and code. Codes, not members, are the keys: members of different vocabularies with the same code compare equal (StrEnum).</extracomment>
      <translation>來訪</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>來信</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>網上信訪</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>來電</translation>
    </message>
    <message>
      <source>Leader reception</source>
      <translation>領導接訪</translation>
    </message>
    <message>
      <source>Field visit</source>
      <translation>下訪</translation>
    </message>
    <message>
      <source>Appointment</source>
      <translation>約訪</translation>
    </message>
    <message>
      <source>Registered here</source>
      <translation>本級登記</translation>
    </message>
    <message>
      <source>Forwarded from above</source>
      <translation>上級轉送</translation>
    </message>
    <message>
      <source>Assigned from above</source>
      <translation>上級交辦</translation>
    </message>
    <message>
      <source>Supervised from above</source>
      <translation>上級督辦</translation>
    </message>
    <message>
      <source>Leader's instruction</source>
      <translation>領導批示</translation>
    </message>
    <message>
      <source>12345 hotline</source>
      <translation>12345轉辦</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建議意見類</translation>
    </message>
    <message>
      <source>Accusation</source>
      <translation>檢舉控告類</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>申訴求決類</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>轉送</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>交辦</translation>
    </message>
    <message>
      <source>Handle directly</source>
      <translation>直接辦理</translation>
    </message>
    <message>
      <source>Inform</source>
      <translation>告知</translation>
    </message>
    <message>
      <source>File for reference</source>
      <translation>存查</translation>
    </message>
    <message>
      <source>Supported</source>
      <translation>予以支援</translation>
    </message>
    <message>
      <source>Explained</source>
      <translation>解釋說明</translation>
    </message>
    <message>
      <source>Not supported</source>
      <translation>不予支援</translation>
    </message>
    <message>
      <source>Litigation</source>
      <translation>訴訟</translation>
    </message>
    <message>
      <source>Arbitration</source>
      <translation>仲裁</translation>
    </message>
    <message>
      <source>Administrative reconsideration</source>
      <translation>行政複議</translation>
    </message>
    <message>
      <source>Administrative ruling</source>
      <translation>行政裁決</translation>
    </message>
    <message>
      <source>Administrative confirmation</source>
      <translation>行政確認</translation>
    </message>
    <message>
      <source>Administrative licensing</source>
      <translation>行政許可</translation>
    </message>
    <message>
      <source>Administrative penalty</source>
      <translation>行政處罰</translation>
    </message>
    <message>
      <source>Other legal procedure</source>
      <translation>其他法定途徑</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>滿意</translation>
    </message>
    <message>
      <source>Basically satisfied</source>
      <translation>基本滿意</translation>
    </message>
    <message>
      <source>Dissatisfied</source>
      <translation>不滿意</translation>
    </message>
    <message>
      <source>Not evaluated</source>
      <translation>未評價</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>當面送達</translation>
    </message>
    <message>
      <source>By post</source>
      <translation>郵寄送達</translation>
    </message>
    <message>
      <source>Other means</source>
      <translation>其他方式</translation>
    </message>
    <message>
      <source>Principal petitioner</source>
      <translation>主訪人</translation>
    </message>
    <message>
      <source>Co-petitioner</source>
      <translation>共同信訪人</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>代表</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>County</source>
      <translation>縣級</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>鄉鎮</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>Township or subdistrict</source>
      <translation>鄉鎮（街道）</translation>
    </message>
    <message>
      <source>Village or community</source>
      <translation>村（社群）</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>已登記</translation>
    </message>
    <message>
      <source>Forwarded</source>
      <translation>已轉交</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>辦理中</translation>
    </message>
    <message>
      <source>Replied</source>
      <translation>已答覆</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>已送達</translation>
    </message>
    <message>
      <source>Under review</source>
      <translation>複查中</translation>
    </message>
    <message>
      <source>Review delivered</source>
      <translation>已送達(複查)</translation>
    </message>
    <message>
      <source>Under recheck</source>
      <translation>複核中</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>已辦結</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>已結束</translation>
    </message>
    <message>
      <source>Diverted</source>
      <translation>已匯入</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation>已終結</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>登記</translation>
    </message>
    <message>
      <source>Acceptance</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Non-acceptance</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Forwarding</source>
      <translation>轉送</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>交辦</translation>
    </message>
    <message>
      <source>Signed for</source>
      <translation>簽收</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>退回</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>告知</translation>
    </message>
    <message>
      <source>Extension</source>
      <translation>延期</translation>
    </message>
    <message>
      <source>Referral to legal procedure</source>
      <translation>導入法定途徑</translation>
    </message>
    <message>
      <source>Mediation agreement</source>
      <translation>調解協議</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>撤回</translation>
    </message>
    <message>
      <source>Voiding</source>
      <translation>作廢</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答覆</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>送達</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>評價</translation>
    </message>
    <message>
      <source>Review request</source>
      <translation>複查請求</translation>
    </message>
    <message>
      <source>Review decision</source>
      <translation>複查意見</translation>
    </message>
    <message>
      <source>Recheck request</source>
      <translation>複核請求</translation>
    </message>
    <message>
      <source>Recheck decision</source>
      <translation>複核意見</translation>
    </message>
    <message>
      <source>Supervision</source>
      <translation>督辦</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Leader takes charge</source>
      <translation>領導包案</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>辦結</translation>
    </message>
    <message>
      <source>Completion report</source>
      <translation>辦結報告</translation>
    </message>
    <message>
      <source>Termination</source>
      <translation>終結</translation>
    </message>
    <message>
      <source>Termination filing</source>
      <translation>三級終結備案</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>更正</translation>
    </message>
    <message>
      <source>Repeat linked</source>
      <translation>關聯重複件</translation>
    </message>
    <message>
      <source>Red</source>
      <translation>紅</translation>
    </message>
    <message>
      <source>Yellow</source>
      <translation>黃</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>綠</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>管理員</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>審計員</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>領導</translation>
    </message>
    <message>
      <source>Case officer</source>
      <translation>辦理員</translation>
    </message>
    <message>
      <source>Township user</source>
      <translation>鄉鎮使用者</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>只讀</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>律師</translation>
    </message>
    <message>
      <source>Psychologist</source>
      <translation>心理諮詢師</translation>
    </message>
    <message>
      <source>Registrar</source>
      <translation>登記員</translation>
    </message>
    <message>
      <source>Original decision upheld</source>
      <translation>維持原處理意見</translation>
    </message>
    <message>
      <source>Original decision changed</source>
      <translation>變更原處理意見</translation>
    </message>
    <message>
      <source>Revoked, to be handled again</source>
      <translation>撤銷並責令重新辦理</translation>
    </message>
    <message>
      <source>Acceptance deadline</source>
      <translation>受理轉交期限</translation>
    </message>
    <message>
      <source>Notice deadline</source>
      <translation>告知期限</translation>
    </message>
    <message>
      <source>Assignment deadline</source>
      <translation>交辦期限</translation>
    </message>
    <message>
      <source>Handling deadline</source>
      <translation>辦理期限</translation>
    </message>
    <message>
      <source>Review deadline</source>
      <translation>複查期限</translation>
    </message>
    <message>
      <source>Recheck deadline</source>
      <translation>複核期限</translation>
    </message>
    <message>
      <source>Higher level's deadline</source>
      <translation>上級期限</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>即將到期</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>未到期</translation>
    </message>
    <message>
      <source>No deadline</source>
      <translation>無期限</translation>
    </message>
    <message>
      <source>Group study</source>
      <translation>集中學法</translation>
    </message>
    <message>
      <source>Lecture</source>
      <translation>專題講座</translation>
    </message>
    <message>
      <source>Leadership group study</source>
      <translation>中心組學習</translation>
    </message>
    <message>
      <source>Law exam</source>
      <translation>學法考試</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培訓</translation>
    </message>
    <message>
      <source>Online training</source>
      <translation>網路培訓</translation>
    </message>
    <message>
      <source>In-person training</source>
      <translation>線下培訓</translation>
    </message>
    <message>
      <source>Leader reception day</source>
      <translation>領導接訪日</translation>
    </message>
    <message>
      <source>Joint reception</source>
      <translation>聯合接訪</translation>
    </message>
  </context>
</TS>