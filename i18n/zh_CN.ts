<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>App</name>
    <message>
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailDialog</name>
    <message>
      <source>Case</source>
      <extracomment>The label showing each field's value, by the key of `CaseDetail.fields`. The cases opened from this one's matter (kept alive while this window is).</extracomment>
      <translation>信访件</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>基本情况</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Petitioners</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>:</source>
      <translation>：</translation>
    </message>
    <message>
      <source>Case %s</source>
      <translation>信访件 %s</translation>
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
      <translation>%s · %s 登记 · %s · %s</translation>
    </message>
    <message>
      <source>%d people</source>
      <translation>%d 人</translation>
    </message>
    <message>
      <source>No details recorded.</source>
      <translation>未填写详细内容。</translation>
    </message>
    <message>
      <source>Collective visit · %d people</source>
      <translation>集体访 · %d 人</translation>
    </message>
    <message>
      <source>Repeat of %s</source>
      <translation>重复件 · 初件 %s</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>重复件</translation>
    </message>
    <message>
      <source>Major or urgent</source>
      <translation>重大紧急</translation>
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
      <translation>办理过程 (%d)</translation>
    </message>
    <message>
      <source>Same matter (%d)</source>
      <translation>同一事项 (%d)</translation>
    </message>
    <message>
      <source>Attachments (%d)</source>
      <translation>附件 (%d)</translation>
    </message>
    <message>
      <source>Every step of the case, oldest first. Steps are never changed: a correction is a further step.</source>
      <translation>本件的全部办理步骤，按时间先后排列。已记录的步骤不能修改，更正以新的步骤记录。</translation>
    </message>
    <message>
      <source>This matter has %d registrations: the first one and %d repeats. Double-click a case to open it.</source>
      <translation>本事项共登记 %d 次：初件 1 件，重复件 %d 件。双击可打开该信访件。</translation>
    </message>
    <message>
      <source>Scanned letters, receipts and agreements attached to this case.</source>
      <translation>本件的来信扫描件、送达回证、调解协议等附件。</translation>
    </message>
    <message>
      <source>No attachments yet.</source>
      <translation>本件暂无附件。</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailLists</name>
    <message>
      <source>Registration</source>
      <extracomment>(id, number, registered_on, is_repeat), as `CaseDetail.matter_cases` lists a matter's cases.</extracomment>
      <translation>登记信息</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Registered at</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <source>Higher level's number</source>
      <translation>上级件号</translation>
    </message>
    <message>
      <source>Higher level's deadline</source>
      <translation>上级期限</translation>
    </message>
    <message>
      <source>Online petition number</source>
      <translation>网上信访编号</translation>
    </message>
    <message>
      <source>Registered by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>来信日期</translation>
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
      <translation>信访事项</translation>
    </message>
    <message>
      <source>Location of the problem</source>
      <translation>问题属地</translation>
    </message>
    <message>
      <source>Content category</source>
      <translation>内容分类</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性质</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>信访目的</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Unit complained about</source>
      <translation>被反映单位</translation>
    </message>
    <message>
      <source>Person or unit complained about</source>
      <translation>被反映对象</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详细内容</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>办理情况与标记</translation>
    </message>
    <message>
      <source>State</source>
      <translation>办理状态</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Marks</source>
      <translation>标记</translation>
    </message>
    <message>
      <source>Skips a level</source>
      <translation>越级</translation>
    </message>
    <message>
      <source>Major or urgent</source>
      <translation>重大紧急</translation>
    </message>
    <message>
      <source>Threat of extreme action</source>
      <translation>扬言</translation>
    </message>
    <message>
      <source>Three crosses and separations</source>
      <translation>三跨三分离</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Consents to publication</source>
      <translation>同意公开</translation>
    </message>
    <message>
      <source>Not for publication</source>
      <translation>不宜公开</translation>
    </message>
    <message>
      <source>Collective visit</source>
      <translation>集体访</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>重复件</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
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
      <translation>性别</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Recorded at %s</source>
      <translation>录入时间 %s</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>办理步骤</translation>
    </message>
    <message>
      <source>By</source>
      <translation>经办人</translation>
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
      <translation>信访件编号</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件名</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Added at</source>
      <translation>添加时间</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信访形式</translation>
    </message>
    <message>
      <source>Repeat of</source>
      <translation>重复件，初件编号</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>在办件</translation>
    </message>
    <message>
      <source>Unit's deadline</source>
      <translation>单位办理期限</translation>
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
      <translation>天数</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <source>Hearing</source>
      <translation>听证</translation>
    </message>
    <message>
      <source>Legal procedure</source>
      <translation>法定途径</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>调解协议</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>文书编号</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>签收</translation>
    </message>
    <message>
      <source>Bureau satisfaction</source>
      <translation>对信访部门满意度</translation>
    </message>
    <message>
      <source>Organ</source>
      <translation>受理机关</translation>
    </message>
    <message>
      <source>By the higher level</source>
      <translation>上级督办</translation>
    </message>
    <message>
      <source>Supervised by</source>
      <translation>督办单位</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>色级</translation>
    </message>
    <message>
      <source>Review again on</source>
      <translation>下次研判日期</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>包案领导</translation>
    </message>
    <message>
      <source>Report number</source>
      <translation>报告编号</translation>
    </message>
    <message>
      <source>Filing number</source>
      <translation>备案编号</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>更正项目</translation>
    </message>
    <message>
      <source>Was</source>
      <translation>原为</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>更正为</translation>
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
      <translation>编号、信访人或摘要中的文字</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>属地</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性质</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>色级</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>检索</translation>
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
      <translation>未办结</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已办结</translation>
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
      <translation>色级</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>属地</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性质</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>下一期限</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
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
      <translation>程序错误</translation>
    </message>
    <message>
      <source>The program met an error it did not expect. Your saved work is safe. Please copy the report below (Show Details…) and send it to technical support.</source>
      <translation>程序遇到了意外错误。已保存的数据不受影响。请复制下面的报告（点「显示详细信息…」）发给技术支持。</translation>
    </message>
  </context>
  <context>
    <name>DirectoryEditor</name>
    <message>
      <source>Township:</source>
      <extracomment>Directories whose entries carry a code the administrator may type. The add or rename dialog while it is open (tests fill it in and accept it).</extracomment>
      <translation>所属乡镇（街道）：</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
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
      <translation>删除</translation>
    </message>
    <message>
      <source>A retired entry stays on the cases that use it but can no longer be chosen. An entry can be deleted only while nothing uses it.</source>
      <translation>停用的条目仍保留在已使用它的信访件上，但登记时不能再选用。只有未被任何信访件或其他条目使用的条目才能删除。</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>所属乡镇（街道）</translation>
    </message>
    <message>
      <source>Parent category</source>
      <translation>上级分类</translation>
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
      <translation>状态</translation>
    </message>
    <message>
      <source>%d entries, %d retired</source>
      <translation>共 %d 项，其中已停用 %d 项</translation>
    </message>
    <message>
      <source>All townships</source>
      <translation>全部乡镇（街道）</translation>
    </message>
    <message>
      <source> (retired)</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>township (subdistrict)</source>
      <translation>乡镇（街道）</translation>
    </message>
    <message>
      <source>village (community)</source>
      <translation>村（社区）</translation>
    </message>
    <message>
      <source>responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>content category</source>
      <translation>内容分类</translation>
    </message>
    <message>
      <source>petition purpose</source>
      <translation>信访目的</translation>
    </message>
    <message>
      <source>(choose a township)</source>
      <translation>（请选择所属乡镇）</translation>
    </message>
    <message>
      <source>(none: a top-level category)</source>
      <translation>（无，作为一级分类）</translation>
    </message>
    <message>
      <source>Optional, e.g. the division code 431127100</source>
      <translation>可不填，例如行政区划代码 431127100</translation>
    </message>
    <message>
      <source>Optional: left empty, a code is given automatically</source>
      <translation>可不填，留空将自动编码</translation>
    </message>
    <message>
      <source>Parent category:</source>
      <translation>上级分类：</translation>
    </message>
    <message>
      <source>Add %s</source>
      <translation>添加%s</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>代码：</translation>
    </message>
    <message>
      <source>Cannot do this</source>
      <translation>无法完成操作</translation>
    </message>
    <message>
      <source>Rename %s</source>
      <translation>%s改名</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <source>Cases already registered show the new name.</source>
      <translation>改名后，已登记的信访件也将显示新名称。</translation>
    </message>
    <message>
      <source>Delete “%s”? This cannot be undone.</source>
      <translation>确定删除「%s」吗？删除后不能恢复。</translation>
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
      <translation>%s（重复件）</translation>
    </message>
  </context>
  <context>
    <name>EarlierCasesModel</name>
    <message>
      <source>%s (repeat)</source>
      <translation>%s（重复件）</translation>
    </message>
  </context>
  <context>
    <name>EarlierCasesPanel</name>
    <message>
      <source>Earlier cases of this person</source>
      <extracomment>The user asks to open a case (double-click or Enter on its row); carries the case id.</extracomment>
      <translation>此人既往信访件</translation>
    </message>
    <message>
      <source>Double-click a case or press Enter on it to open it</source>
      <translation>双击或按回车键打开该信访件</translation>
    </message>
    <message>
      <source>%s earlier case(s), newest first. Double-click or press Enter to open.</source>
      <translation>共 %s 件，最新的在前。双击或按回车键打开。</translation>
    </message>
    <message>
      <source>No earlier cases of this person were found.</source>
      <translation>未查到此人的既往信访件。</translation>
    </message>
    <message>
      <source>Type 6 or more characters of the ID number, or the name and the phone, to see this person's earlier cases.</source>
      <translation>输入证件号码前 6 位以上，或输入姓名和联系电话，即可查看此人既往信访件。</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Current name:</source>
      <extracomment>A village must belong to a township: the chooser gets the focus first while none is chosen.</extracomment>
      <translation>原名称：</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
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
      <translation>信访登记</translation>
    </message>
    <message>
      <source> people</source>
      <translation> 人</translation>
    </message>
    <message>
      <source>Collective visit threshold:</source>
      <translation>集体访人数标准：</translation>
    </message>
    <message>
      <source>A visit by this many people or more is registered as a collective visit. Cases already registered keep their mark.</source>
      <translation>来访人数达到此标准即登记为集体访。已登记的信访件保持原有标记。</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>程序</translation>
    </message>
    <message>
      <source>A new language takes effect the next time the program starts.</source>
      <translation>更改界面语言后，下次启动程序时生效。</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>界面语言：</translation>
    </message>
    <message>
      <source>This office</source>
      <translation>本单位</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>单位名称：</translation>
    </message>
    <message>
      <source>Office code:</source>
      <translation>单位代码：</translation>
    </message>
    <message>
      <source>Level:</source>
      <translation>单位级别：</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>数据库位置：</translation>
    </message>
    <message>
      <source>The office is set when the database is created (fazhi init). Back up the database file regularly.</source>
      <translation>本单位在创建数据库时设定（fazhi init）。请定期备份数据库文件。</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <source>Saved: %d people or more count as a collective visit.</source>
      <translation>已保存：%d 人及以上的来访为集体访。</translation>
    </message>
    <message>
      <source>Saved. The new language takes effect the next time the program starts.</source>
      <translation>已保存，下次启动程序时生效。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Rule-of-Law Petitions</source>
      <extracomment>Channels with a registration form, in the order of the navigation and of Ctrl+1…4.</extracomment>
      <translation>法治信访</translation>
    </message>
    <message>
      <source>Search cases: number, name or words (Ctrl+F)</source>
      <translation>检索信访件：编号、姓名或内容（Ctrl+F）</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>工作台</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>来访</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>来信</translation>
    </message>
    <message>
      <source>Online petition</source>
      <translation>网信</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>来电</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>信访件</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Outreach and study</source>
      <translation>宣传与学法</translation>
    </message>
    <message>
      <source>Statistics and reports</source>
      <translation>统计报表</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Red, yellow and overdue cases, cases due this week and this month's registrations will be shown here once case handling and statistics are built.</source>
      <translation>办理时限和统计功能完成后，这里将显示红色、黄色和超期信访件，本周到期的信访件，以及本月登记量。</translation>
    </message>
    <message>
      <source>The weekly review board of red and yellow cases comes with the statutory clock.</source>
      <translation>红、黄色信访件的每周研判看板将随办理时限功能提供。</translation>
    </message>
    <message>
      <source>Outreach events and the bureau's legal study will be recorded here.</source>
      <translation>这里将记录宣传活动和本局学法情况。</translation>
    </message>
    <message>
      <source>The year's figures and indicators, with the cases behind each, will be shown here.</source>
      <translation>这里将显示全年的数字和指标，以及每项数字背后的信访件。</translation>
    </message>
    <message>
      <source>No office set</source>
      <translation>尚未设置本单位</translation>
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
      <translation>设置本单位</translation>
    </message>
    <message>
      <source>This database does not yet say which office it belongs to. Enter your office's code (the administrative division code, e.g. 431127) and name; case numbers start with the code.</source>
      <translation>这个数据库还没有设置所属单位。请填写本单位代码（行政区划代码，例如 431127）和名称；信访件编号以单位代码开头。</translation>
    </message>
    <message>
      <source>e.g. Lanshan County Petition Bureau</source>
      <translation>例如：蓝山县信访局</translation>
    </message>
    <message>
      <source>Office code</source>
      <translation>单位代码</translation>
    </message>
    <message>
      <source>Office name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
  </context>
  <context>
    <name>OptionalDateEdit</name>
    <message>
      <source>Type the date as digits, for example 20241118; leave it empty if unknown</source>
      <extracomment>Keys that move on from a field, as Tab does (Enter on the keypad comes with KeypadModifier).</extracomment>
      <translation>直接输入数字，如 20241118；不清楚可不填</translation>
    </message>
    <message>
      <source>Choose from the calendar</source>
      <translation>从日历中选择</translation>
    </message>
  </context>
  <context>
    <name>RegistrationFields</name>
    <message>
      <source>Petitioner</source>
      <extracomment>The flags of a case (CaseInput attribute names), in the order the check boxes show them. The ID number changed: the earlier cases may be others now. The name or the phone changed (they find the earlier cases when there is no ID number). The head count changed (the 集体访 banner follows it).</extracomment>
      <translation>信访人</translation>
    </message>
    <message>
      <source>18-digit ID number (15 on old cards)</source>
      <translation>18 位身份证号码（旧证 15 位）</translation>
    </message>
    <message>
      <source>Mobile or landline</source>
      <translation>手机或固定电话</translation>
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
      <translation>证件号码</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Petition</source>
      <translation>信访事项</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Higher level's number</source>
      <translation>上级件号</translation>
    </message>
    <message>
      <source>Higher level's deadline</source>
      <translation>上级期限</translation>
    </message>
    <message>
      <source>Online petition number</source>
      <translation>网上信访编号</translation>
    </message>
    <message>
      <source>Place of the problem</source>
      <translation>问题属地</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>内容分类</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性质</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>信访目的</translation>
    </message>
    <message>
      <source>Complained about</source>
      <translation>被反映对象</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详细内容</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>标记</translation>
    </message>
    <message>
      <source>Type a township or village to search</source>
      <translation>输入乡镇或村名检索</translation>
    </message>
    <message>
      <source>Type a word to search</source>
      <translation>输入关键字检索</translation>
    </message>
    <message>
      <source>The person or unit complained about, if any</source>
      <translation>被反映的人员或单位（如有）</translation>
    </message>
    <message>
      <source>One sentence: the problem and what the petitioner asks for</source>
      <translation>一句话概括反映的问题和诉求</translation>
    </message>
    <message>
      <source>What the petitioner says, in detail (Tab moves on)</source>
      <translation>信访人反映的具体情况（按 Tab 键跳到下一项）</translation>
    </message>
    <message>
      <source>The sender's address on the envelope</source>
      <translation>信封上的寄信人地址</translation>
    </message>
    <message>
      <source>Letter date (postmark)</source>
      <translation>来信日期</translation>
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
      <translation>越级</translation>
    </message>
    <message>
      <source>The visit skips the competent level</source>
      <translation>越过有权处理的机关向上级反映</translation>
    </message>
    <message>
      <source>Major or urgent</source>
      <translation>重大紧急</translation>
    </message>
    <message>
      <source>Threat of extreme action</source>
      <translation>扬言</translation>
    </message>
    <message>
      <source>Three-cross</source>
      <translation>三跨三分离</translation>
    </message>
    <message>
      <source>Crosses regions, departments or trades, or the person, the problem and the home are apart</source>
      <translation>跨地区、跨部门、跨行业，或人事分离、人户分离、人事户分离</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>No name is needed for an anonymous petition</source>
      <translation>匿名信访可不填姓名</translation>
    </message>
    <message>
      <source>Agrees to publication</source>
      <translation>同意公开</translation>
    </message>
    <message>
      <source>Not for publication</source>
      <translation>不宜公开</translation>
    </message>
    <message>
      <source>Left out of evaluation and public figures</source>
      <translation>不参加满意度评价，不对外公开</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <source>Enter moves to the next field · Ctrl+S saves · Ctrl+Enter saves and starts the next</source>
      <extracomment>Fewer characters of an ID number than this match too many people to be worth a look-up. A case was registered from this form (carries its id). The user asks to open an earlier case from the side panel (carries its id).</extracomment>
      <translation>回车跳到下一项 · Ctrl+S 保存 · Ctrl+Enter 保存并登记下一件</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save and register the next (Ctrl+Enter)</source>
      <translation>保存并登记下一件 (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <source>Register a visit</source>
      <translation>来访登记</translation>
    </message>
    <message>
      <source>Register a letter</source>
      <translation>来信登记</translation>
    </message>
    <message>
      <source>Register an online petition</source>
      <translation>网上信访登记</translation>
    </message>
    <message>
      <source>Register a phone call</source>
      <translation>来电登记</translation>
    </message>
    <message>
      <source>Register a petition</source>
      <translation>信访登记</translation>
    </message>
    <message>
      <source>Registered %s (a repeat of %s)</source>
      <translation>已登记 %s（重复件，关联 %s）</translation>
    </message>
    <message>
      <source>Registered %s</source>
      <translation>已登记 %s</translation>
    </message>
    <message>
      <source>This person already has case %s (%s, %s). Register this case as a repeat of that matter?</source>
      <translation>此人已有信访件 %s（%s，%s）。将本件登记为该事项的重复件吗？</translation>
    </message>
    <message>
      <source>Repeat petition?</source>
      <translation>重复信访</translation>
    </message>
    <message>
      <source>Collective visit (%s people)</source>
      <translation>集体访（%s人）</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Townships (subdistricts)</source>
      <translation>乡镇（街道）</translation>
    </message>
    <message>
      <source>Villages (communities)</source>
      <translation>村（社区）</translation>
    </message>
    <message>
      <source>Responsible units</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Content categories</source>
      <translation>内容分类</translation>
    </message>
    <message>
      <source>Petition purposes</source>
      <translation>信访目的</translation>
    </message>
    <message>
      <source>General</source>
      <translation>基本设置</translation>
    </message>
  </context>
</TS>