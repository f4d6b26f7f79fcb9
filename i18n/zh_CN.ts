<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>Add user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <source>The user chooses a password of their own at the first log-in.</source>
      <translation>用户首次登录时须改为自己的密码。</translation>
    </message>
    <message>
      <source>User name:</source>
      <translation>用户名：</translation>
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
      <translation>所属乡镇：</translation>
    </message>
    <message>
      <source>First password:</source>
      <translation>初始密码：</translation>
    </message>
    <message>
      <source>Password again:</source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <source>The two passwords differ. Type them again.</source>
      <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
  </context>
  <context>
    <name>ArchiveButton</name>
    <message>
      <source>Archived %s · Revoke…</source>
      <translation>已归档 %s · 撤销归档…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>Archived under %s.</source>
      <translation>已归档，档号 %s。</translation>
    </message>
    <message>
      <source>Why is the filing revoked?</source>
      <translation>撤销归档的理由（需要更正的内容）：</translation>
    </message>
  </context>
  <context>
    <name>AttachmentPicker</name>
    <message>
      <source>Add file…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>选择附件</translation>
    </message>
    <message>
      <source>Scans and documents (%s)</source>
      <translation>扫描件和文档 (%s)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <source>New review</source>
      <translation>新建评查</translation>
    </message>
    <message>
      <source>e.g. Q4 2024 review</source>
      <translation>例如：2024年第四季度评查</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
      <source>At random within each unit</source>
      <translation>每个责任单位随机抽取</translation>
    </message>
    <message>
      <source>Every case of the period</source>
      <translation>期间内全部案件</translation>
    </message>
    <message>
      <source>The higher level's list (Excel)</source>
      <translation>上级交办的不规范事项清单（Excel）</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>From</source>
      <translation>评查期间起</translation>
    </message>
    <message>
      <source>To</source>
      <translation>评查期间止</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>评查组</translation>
    </message>
    <message>
      <source>Draw the sample</source>
      <translation>抽样并检查</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>The list of irregularities</source>
      <translation>不规范事项清单</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Audit trail</source>
      <extracomment>The outcomes an entry records (store.audit_chain's words). The newest entries the page lists (the export holds every matching one).</extracomment>
      <translation>审计</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>PC</source>
      <translation>计算机</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>成功</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Action, e.g. case or user.login</source>
      <translation>操作，如 case 或 user.login</translation>
    </message>
    <message>
      <source>From</source>
      <translation>日期从</translation>
    </message>
    <message>
      <source>All outcomes</source>
      <translation>全部结果</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>核对记录链</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>%1 entries match; the newest %2 are shown.</source>
      <translation>符合条件的共 %1 条，显示最新的 %2 条。</translation>
    </message>
    <message>
      <source>Verifying the chain…</source>
      <translation>正在核对记录链…</translation>
    </message>
    <message>
      <source>The trail is empty.</source>
      <translation>还没有审计记录。</translation>
    </message>
    <message>
      <source>The chain holds: %1 entries, head No. %2, SHA-256 %3.</source>
      <translation>审计记录链完好：共 %1 条，链头第 %2 条，校验值 %3。</translation>
    </message>
    <message>
      <source>Export audit trail</source>
      <translation>导出审计记录</translation>
    </message>
    <message>
      <source>Exporting the audit trail…</source>
      <translation>正在导出审计记录…</translation>
    </message>
    <message>
      <source>Exported %1 entries to %2.</source>
      <translation>已导出 %1 条审计记录到 %2。</translation>
    </message>
  </context>
  <context>
    <name>AutoBackupBox</name>
    <message>
      <source>Automatic backups</source>
      <translation>自动备份</translation>
    </message>
    <message>
      <source>A copy is made at the first start of each day and before every restore and import. Choose a folder on a USB stick to keep the copies off this PC; leave it empty for the backups folder beside the database.</source>
      <translation>每天第一次启动时、每次恢复和导入之前自动备份一份。可以选择U盘上的文件夹，让备份不放在这台电脑上；不选则放在数据库旁的 backups 文件夹中。</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Beside the database</source>
      <translation>数据库旁</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>Daily copies kept</source>
      <translation>保留每日备份（个）</translation>
    </message>
    <message>
      <source>Monthly copies kept</source>
      <translation>保留每月备份（个）</translation>
    </message>
    <message>
      <source>Warn after days without a backup</source>
      <translation>超过几天没有备份时提醒</translation>
    </message>
    <message>
      <source>Back up now and tidy old copies</source>
      <translation>立即备份并清理旧备份</translation>
    </message>
    <message>
      <source>Folder for automatic backups</source>
      <translation>自动备份的文件夹</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation>正在备份数据库…</translation>
    </message>
    <message>
      <source>The database is on a server: its administrator backs it up.</source>
      <translation>数据库在服务器上，由服务器管理员负责备份。</translation>
    </message>
    <message>
      <source>Backed up to %1; %2 old copies removed.</source>
      <translation>已备份到 %1；删除了 %2 个旧备份。</translation>
    </message>
  </context>
  <context>
    <name>BackupAgeLine</name>
    <message>
      <source>Backup: by the server's administrator</source>
      <translation>备份：由服务器管理员负责</translation>
    </message>
    <message>
      <source>Backup: none yet. Back up under Settings › Data safety.</source>
      <translation>备份：还没有备份。请在 设置 › 数据安全 中备份。</translation>
    </message>
    <message>
      <source>Backup: today</source>
      <translation>备份：今天</translation>
    </message>
    <message>
      <source>Backup: %1 days ago</source>
      <translation>备份：%1 天前</translation>
    </message>
    <message>
      <source>No backup for %1 days: back up now under Settings › Data safety.</source>
      <translation>已 %1 天没有备份：请立即在 设置 › 数据安全 中备份。</translation>
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
      <translation>去年同期（括号内数字）</translation>
    </message>
    <message>
      <source>Nothing registered in this period</source>
      <translation>本期没有登记信访件</translation>
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
      <translation>信访形式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>问题属地</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>责任单位</translation>
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
      <source>Petition purpose</source>
      <translation>信访目的</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>No township given</source>
      <extracomment>The line of the cases without a value (`NONE_LABELS`).</extracomment>
      <translation>未填写属地</translation>
    </message>
    <message>
      <source>Not passed to a unit</source>
      <translation>未转交责任单位</translation>
    </message>
    <message>
      <source>Uncategorised</source>
      <translation>未分类</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <source>Not yet completed</source>
      <translation>尚未办结</translation>
    </message>
    <message>
      <source>Reply: %1</source>
      <extracomment>How the handling ended (`domain.indicator_facts.OUTCOME_LABELS`), by outcome code or its prefix.</extracomment>
      <translation>答复：%1</translation>
    </message>
    <message>
      <source>Referred to a legal procedure: %1</source>
      <translation>导入法定途径：%1</translation>
    </message>
    <message>
      <source>Mediation agreement reached</source>
      <translation>调解协议成功</translation>
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
      <translation>办结</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>作废</translation>
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
      <translation>分类依据：</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Registrations</source>
      <translation>件次</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
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
      <translation>合计</translation>
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
      <translation>名称</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期应办结</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>按期办结</translation>
    </message>
    <message>
      <source>On-time rate</source>
      <translation>按期办结率</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未办</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>群众满意</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>重复信访</translation>
    </message>
    <message>
      <source>Supervised</source>
      <translation>本月督办</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>保存 PDF…</translation>
    </message>
    <message>
      <source>Save PDF and Excel…</source>
      <translation>保存 PDF 和 Excel…</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Units in charge</source>
      <translation>责任单位排名</translation>
    </message>
    <message>
      <source>Townships</source>
      <translation>乡镇（街道）排名</translation>
    </message>
    <message>
      <source>As of %s: %d due, %d on time (%s), %d overdue; %d of %d evaluations satisfied; %d repeats.</source>
      <translation>截至 %s：到期应办结 %d 件，按期办结 %d 件（%s），逾期未办 %d 件；评价 %d/%d 满意；重复信访 %d 件。</translation>
    </message>
    <message>
      <source>Saved %s.</source>
      <translation>已保存 %s。</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailDialog</name>
    <message>
      <source>Case</source>
      <extracomment>The step dialog open over this window, if any. The label showing each field's value, by the attribute it shows (`CaseDetailLists.field_groups`). The cases opened from this one's matter (kept alive while this window is).</extracomment>
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
      <source>Print</source>
      <translation>打印</translation>
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
      <source>%d person</source>
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
      <source>Deadline in a year without a holiday table</source>
      <translation>期限所在年份未录入节假日安排</translation>
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
      <source>Received at (%d)</source>
      <translation>接访活动 (%d)</translation>
    </message>
    <message>
      <source>The reception days, visits and appointments where a leader received this case.</source>
      <translation>领导在以下接访日、下访或约访中接待了本件。</translation>
    </message>
    <message>
      <source>This case was not received at a leader's reception day, visit or appointment.</source>
      <translation>本件没有在领导接访日、下访或约访中接待过。</translation>
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
      <source>Reception kind</source>
      <translation>接访类别</translation>
    </message>
    <message>
      <source>Receiving leader</source>
      <translation>接访领导</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Cases received</source>
      <translation>接待的信访件</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
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
    <name>CaseIdsModel</name>
    <message>
      <source>Number</source>
      <extracomment>The columns every list has, before the facts that explain it.</extracomment>
      <translation>编号</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Acceptance deadline</source>
      <extracomment>Headers of the explaining columns (the service names them in Chinese, for reports).</extracomment>
      <translation>受理转交期限</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>处理决定日期</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>处理决定</translation>
    </message>
    <message>
      <source>Handling deadline</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Replied or completed on</source>
      <translation>答复或办结日期</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Delivered on</source>
      <translation>送达日期</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>评价</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Routed on</source>
      <translation>转交日期</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>被退回</translation>
    </message>
    <message>
      <source>Repeat petition</source>
      <translation>重复信访</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信访形式</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Leader took charge on</source>
      <translation>包案日期</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>色级</translation>
    </message>
    <message>
      <source>Warning reasons</source>
      <translation>预警原因</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>下一期限</translation>
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
      <translation>双击某一件（或按回车）打开信访件。</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <source>Number, petitioner or words of the summary</source>
      <extracomment>清除筛选 was pressed (the window clears its own search box too).</extracomment>
      <translation>编号、信访人或摘要中的文字</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
    <message>
      <source>Export ledger…</source>
      <translation>导出台账…</translation>
    </message>
    <message>
      <source>Write the cases the list shows to an Excel ledger</source>
      <translation>把列表中显示的信访件导出为 Excel 台账</translation>
    </message>
    <message>
      <source>Most urgent first</source>
      <translation>按紧急程度</translation>
    </message>
    <message>
      <source>Overdue first, then the fewest days left; red before yellow before green</source>
      <translation>超期的在前，其次剩余天数少的在前；期限相同时红色在前，其次黄色、绿色</translation>
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
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Sort</source>
      <translation>排序</translation>
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
      <translation>还剩 %1 天</translation>
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
      <translation>列入台账：%1</translation>
    </message>
    <message>
      <source>Case numbers or higher levels' numbers, one a line</source>
      <translation>信访件编号或上级件号，每行一个</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Change password</source>
      <extracomment>Input that counts as someone at the PC (resets the idle clock).</extracomment>
      <translation>修改密码</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>原密码：</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>新密码：</translation>
    </message>
    <message>
      <source>New password again:</source>
      <translation>再次输入新密码：</translation>
    </message>
    <message>
      <source>The two new passwords differ. Type them again.</source>
      <translation>两次输入的新密码不一样，请重新输入。</translation>
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
      <translation>按月信访量（件次）</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>按内容分类（件次）</translation>
    </message>
    <message>
      <source>By township</source>
      <translation>按问题属地（件次）</translation>
    </message>
    <message>
      <source>By channel</source>
      <translation>按信访形式（件次）</translation>
    </message>
    <message>
      <source>Others</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>* %1: up to %2, beside the same days a year earlier.</source>
      <translation>* %1：截至 %2，与上年同月的相同日期比较。</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>The ledger was read and checked; nothing has been written yet.</source>
      <translation>已读取并检查台账，尚未写入任何数据。</translation>
    </message>
    <message>
      <source>First add the townships, categories and units not in the directories</source>
      <translation>先把不在目录中的乡镇、内容分类和责任单位加入目录</translation>
    </message>
    <message>
      <source>They are added in the same step as the cases: a cancelled import adds nothing.</source>
      <translation>与信访件在同一步中加入：取消导入则什么也不加。</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
  </context>
  <context>
    <name>ClockPanel</name>
    <message>
      <source>Review meeting</source>
      <extracomment>The colour of each deadline state: the tier colour it leads to.</extracomment>
      <translation>研判结论</translation>
    </message>
    <message>
      <source>Automatic tier</source>
      <translation>自动评定</translation>
    </message>
    <message>
      <source>State: %s</source>
      <extracomment>The deadlines as read (for tests and for the screen reader): one line each.</extracomment>
      <translation>当前状态：%s</translation>
    </message>
    <message>
      <source>A completion report to the higher level is still owed.</source>
      <translation>尚需向上级报送办结报告。</translation>
    </message>
    <message>
      <source>%1 %2: %3</source>
      <translation>%1 %2：%3</translation>
    </message>
    <message>
      <source>Steps that break the procedure (please check):</source>
      <translation>以下步骤不符合办理程序，请核查：</translation>
    </message>
    <message>
      <source>Extended %d time(s), %d days; %d days of extension left</source>
      <translation>已延期 %d 次、共 %d 日，还可延期 %d 日</translation>
    </message>
    <message>
      <source>No deadline is pending.</source>
      <translation>当前没有待办期限。</translation>
    </message>
    <message>
      <source>counted from %s</source>
      <translation>自 %s 起算</translation>
    </message>
    <message>
      <source>⚠ %s, counted with weekends only</source>
      <translation>⚠ %s，只按周末推算</translation>
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
      <translation>还剩 %d 天</translation>
    </message>
    <message>
      <source>The petitioner may ask for a review until %s.</source>
      <translation>信访人可在 %s 前请求复查。</translation>
    </message>
    <message>
      <source>The petitioner may ask for a recheck until %s.</source>
      <translation>信访人可在 %s 前请求复核。</translation>
    </message>
    <message>
      <source>The petitioner's request window ends on %s.</source>
      <translation>信访人的请求期限至 %s。</translation>
    </message>
    <message>
      <source>Closed matters have no tier.</source>
      <translation>已办结的事项不分色级。</translation>
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
      <translation>不规范案件</translation>
    </message>
    <message>
      <source>Reviews and rectification</source>
      <translation>评查与整改</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>评查规则</translation>
    </message>
    <message>
      <source>Handler login</source>
      <translation>经办人登录名</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>查询</translation>
    </message>
    <message>
      <source>Registered from</source>
      <translation>登记日期从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>评查</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>评查期间</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>评查组</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Problems (open)</source>
      <translation>问题（未整改）</translation>
    </message>
    <message>
      <source>Rules version</source>
      <translation>规则版本</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>依据</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>整改责任人</translation>
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
      <translation>记录整改完成</translation>
    </message>
    <message>
      <source>New review…</source>
      <translation>新建评查…</translation>
    </message>
    <message>
      <source>Add the team's finding…</source>
      <translation>记录评查组发现的问题…</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Checking every case against the rules…</source>
      <translation>正在按评查规则检查每件信访件…</translation>
    </message>
    <message>
      <source>%d case(s) with problems</source>
      <translation>有不规范问题的信访件 %d 件</translation>
    </message>
    <message>
      <source>Select a problem in the list first.</source>
      <translation>请先在列表中选中一个问题。</translation>
    </message>
    <message>
      <source>Rectification recorded.</source>
      <translation>已记录整改完成。</translation>
    </message>
    <message>
      <source>Review %s recorded: %d case(s), %d problem(s).</source>
      <translation>已新建评查「%s」：%d 件，%d 个问题。</translation>
    </message>
    <message>
      <source>Select a review first.</source>
      <translation>请先选中一次评查。</translation>
    </message>
    <message>
      <source>The team's finding</source>
      <translation>评查组发现的问题</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>信访件编号</translation>
    </message>
    <message>
      <source>What is wrong</source>
      <translation>存在的问题</translation>
    </message>
    <message>
      <source>The team's finding recorded.</source>
      <translation>已记录评查组发现的问题。</translation>
    </message>
  </context>
  <context>
    <name>ConformityPanel</name>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>What is missing</source>
      <translation>缺少什么</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>依据</translation>
    </message>
    <message>
      <source>Where to put it right</source>
      <translation>在哪里补正</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Conformity</source>
      <translation>规范性</translation>
    </message>
    <message>
      <source>Not conforming: %d problem(s) found by the rules as of today; score %d of %d.</source>
      <translation>不规范：按今天的状态，评查规则发现 %d 个问题，得分 %d（满分 %d）。</translation>
    </message>
    <message>
      <source>Conformity (%d)</source>
      <translation>规范性（%d）</translation>
    </message>
    <message>
      <source>Conforming: the rules find nothing missing in this case as of today.</source>
      <translation>规范：按今天的状态，评查规则未发现本件缺少什么。</translation>
    </message>
  </context>
  <context>
    <name>ConformityRules</name>
    <message>
      <source>Registration complete: petitioner, request, place of the problem, nature</source>
      <translation>登记完整：信访人、诉求、问题属地、性质</translation>
    </message>
    <message>
      <source>Accepted, not accepted, forwarded or assigned within 15 days, and the petitioner told</source>
      <translation>15日内作出受理、不予受理或转送交办，并告知信访人</translation>
    </message>
    <message>
      <source>Notice of acceptance or of non-acceptance issued</source>
      <translation>受理告知书、不予受理告知书已印发</translation>
    </message>
    <message>
      <source>Written reply delivered, with the signed proof of delivery</source>
      <translation>处理意见书已送达，并附签收的送达回证</translation>
    </message>
    <message>
      <source>Replied within the handling period (an approved extension included)</source>
      <translation>在办理期限（含经批准的延期）内答复</translation>
    </message>
    <message>
      <source>The reply told the petitioner of the right to review and re-examination, its time limit and authority</source>
      <translation>答复告知了申请复查、复核的权利、期限和机关</translation>
    </message>
    <message>
      <source>Review and re-examination opinions given within 30 days</source>
      <translation>复查、复核在30日内作出意见</translation>
    </message>
    <message>
      <source>The petitioner asked to evaluate satisfaction once the reply was delivered</source>
      <translation>答复送达后请信访人作满意度评价</translation>
    </message>
    <message>
      <source>An accusation is never passed to the unit or person accused</source>
      <translation>检举控告件不得转给被检举控告的单位或人员</translation>
    </message>
    <message>
      <source>A petition of the same person on the same matter again is linked to the first as a repeat</source>
      <translation>同一信访人就同一事项再次信访的，作为重复件关联到原事项</translation>
    </message>
    <message>
      <source>Decisions (non-acceptance, reply, mediation, review, re-examination) carry a scan of the document</source>
      <translation>不予受理、答复、调解、复查复核等决定附有文书扫描件</translation>
    </message>
    <message>
      <source>Add what is missing with a Correction step in the case's detail</source>
      <translation>在信访件详情用「更正」步骤补登缺少的项目</translation>
    </message>
    <message>
      <source>Record an Accept, Not accepted, Forward or Inform step in the case's detail</source>
      <translation>在信访件详情记录「受理」「不予受理」「转送」或「告知」步骤</translation>
    </message>
    <message>
      <source>Issue the notice from the case's Print menu</source>
      <translation>在信访件的「打印」中印发相应告知书</translation>
    </message>
    <message>
      <source>Record a Delivery step and attach the scan of the signed proof of delivery</source>
      <translation>记录「送达」步骤，并附上签收的送达回证扫描件</translation>
    </message>
    <message>
      <source>Record the Reply step; where more time is truly needed, have the head approve it first and record an Extension</source>
      <translation>记录「答复」步骤；确需延期的，先经负责人批准并记录「延期」</translation>
    </message>
    <message>
      <source>Issue the written reply (review opinion) from the case's Print menu: it states how to ask for a review (re-examination)</source>
      <translation>在信访件的「打印」中印发信访处理意见书（复查意见书），其中写明复查（复核）途径</translation>
    </message>
    <message>
      <source>Record a Review opinion or Re-examination opinion step</source>
      <translation>记录「复查意见」或「复核意见」步骤</translation>
    </message>
    <message>
      <source>Record an Evaluation step (a petitioner who does not evaluate is recorded as not evaluated)</source>
      <translation>记录「评价」步骤（信访人不评价的，记为未评价）</translation>
    </message>
    <message>
      <source>Have an authority entitled to handle it do so, leave the petitioner out when forwarding, and report to the leadership</source>
      <translation>改由有权处理的机关办理，转送时隐去信访人信息，并向领导报告</translation>
    </message>
    <message>
      <source>Name the first case under Repeat when registering again, or explain it with a Correction</source>
      <translation>重新登记时在「重复件」中指明原信访件，或用「更正」说明</translation>
    </message>
    <message>
      <source>Attach the scan of the signed document to its step</source>
      <translation>在相应步骤上附上签发文书的扫描件</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 25</source>
      <translation>《信访工作条例》第二十五条</translation>
    </message>
    <message>
      <source>Regulations on Petitions, arts. 25 and 30</source>
      <translation>《信访工作条例》第二十五条、第三十条</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 30</source>
      <translation>《信访工作条例》第三十条</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 34</source>
      <translation>《信访工作条例》第三十四条</translation>
    </message>
    <message>
      <source>Regulations on Petitions, arts. 35 and 36</source>
      <translation>《信访工作条例》第三十五条、第三十六条</translation>
    </message>
    <message>
      <source>Measures for the public's evaluation of petition handling</source>
      <translation>《信访事项办理群众满意度评价工作办法》</translation>
    </message>
    <message>
      <source>Regulations on Petitions, art. 44</source>
      <translation>《信访工作条例》第四十四条</translation>
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
      <translation>程序错误</translation>
    </message>
    <message>
      <source>The program met an error it did not expect. Your saved work is safe. Please copy the report below (Show Details…) and send it to technical support.</source>
      <translation>程序遇到了意外错误。已保存的数据不受影响。请复制下面的报告（点「显示详细信息…」）发给技术支持。</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <extracomment>The columns of each list behind a number. How many red cases the page lists under the numbers. A case was asked to be opened. The numbers arrived (tests wait for it). A link of the first-run checklist asked for another page (ui/first_run.py's targets).</extracomment>
      <translation>工作台</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Red: open cases</source>
      <translation>红色预警（件）</translation>
    </message>
    <message>
      <source>Yellow: open cases</source>
      <translation>黄色预警（件）</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期（件）</translation>
    </message>
    <message>
      <source>Due this week</source>
      <translation>本周到期（件）</translation>
    </message>
    <message>
      <source>Registered today</source>
      <translation>今日登记（件）</translation>
    </message>
    <message>
      <source>Registered this month</source>
      <translation>本月登记（件）</translation>
    </message>
    <message>
      <source>Same days last year</source>
      <translation>去年同期登记（件）</translation>
    </message>
    <message>
      <source>Completion reports due to higher levels</source>
      <translation>待报上级办结报告（件）</translation>
    </message>
    <message>
      <source>Red cases, most urgent first</source>
      <translation>红色预警信访件（按期限先后）</translation>
    </message>
    <message>
      <source>Click a number to list its cases; double-click a case to open it.</source>
      <translation>点击数字列出相应的信访件；双击某一件打开它。</translation>
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
      <translation>无法读取工作台数字：%1</translation>
    </message>
  </context>
  <context>
    <name>DataSafetyPanel</name>
    <message>
      <source>Back up</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Back up the database…</source>
      <translation>备份数据库…</translation>
    </message>
    <message>
      <source>Copies every record, photo and attachment into one file, while the program keeps working. Keep copies on another disk or a USB stick, and make one every week.</source>
      <translation>把全部记录、照片和附件复制到一个文件里，备份时程序可以照常使用。请把备份存到另一块磁盘或U盘上，每周至少备份一次。</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>从备份恢复…</translation>
    </message>
    <message>
      <source>Replaces all the data with a backup file. The current database is backed up first; the program closes afterwards and opens the restored data when started again.</source>
      <translation>用备份文件替换全部数据。恢复前会先自动备份当前数据库；恢复后程序会关闭，再次启动即打开恢复后的数据。</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Check the database</source>
      <translation>检查数据库</translation>
    </message>
    <message>
      <source>Checks the file, the search index, case numbers, petitioners and the files kept with cases and events. Nothing is changed.</source>
      <translation>检查数据库文件、全文检索索引、信访件编号、信访人，以及信访件和宣传活动中保存的文件。不会改动任何数据。</translation>
    </message>
    <message>
      <source>Back up the database to</source>
      <translation>把数据库备份到</translation>
    </message>
    <message>
      <source>Backups (*.db)</source>
      <translation>备份文件 (*.db)</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation>正在备份数据库…</translation>
    </message>
    <message>
      <source>Backed up to %1 (%2 cases, %3 MB).</source>
      <translation>已备份到 %1（信访件 %2 件，%3 MB）。</translation>
    </message>
    <message>
      <source>Restore from the backup</source>
      <translation>选择要恢复的备份</translation>
    </message>
    <message>
      <source>Backups (*.db);;All files (*)</source>
      <translation>备份文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>Replace ALL the data in this database with the backup %1?

The current database is backed up first. The program closes when the restore is done.</source>
      <translation>确定用备份 %1 替换这个数据库中的全部数据吗？

恢复前会先自动备份当前数据库。恢复完成后程序会关闭。</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>正在恢复备份…</translation>
    </message>
    <message>
      <source>(there was no data)</source>
      <translation>（原来没有数据）</translation>
    </message>
    <message>
      <source>The backup was restored: %1 cases. The database as it was before is kept in %2.

The program will now close. Start it again to work with the restored data.</source>
      <translation>备份已恢复：信访件 %1 件。恢复前的数据库保存在 %2。

程序现在将关闭，请再次启动，即可使用恢复后的数据。</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <source>Checking the database…</source>
      <translation>正在检查数据库…</translation>
    </message>
    <message>
      <source>The database is sound: no problem found.</source>
      <translation>数据库完好：没有发现问题。</translation>
    </message>
    <message>
      <source>Problems found:</source>
      <translation>发现以下问题：</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>发现问题</translation>
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
      <translation>信访件：</translation>
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
      <translation>进展情况：</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>Meeting decision on %s</source>
      <extracomment>The board's selected case: (id, number), or None.</extracomment>
      <translation>研判决定：%s</translation>
    </message>
    <message>
      <source>Leader or unit in charge</source>
      <translation>包案领导或责任单位</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>研判定级</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
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
      <source>Keywords…</source>
      <translation>关键词…</translation>
    </message>
    <message>
      <source>Take the template</source>
      <translation>采用模板</translation>
    </message>
    <message>
      <source>Add the usual content categories that are missing, with their keywords</source>
      <translation>补上常用内容分类中缺少的，并附上关键词</translation>
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
      <source>Keywords</source>
      <translation>关键词</translation>
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
    <message>
      <source>Keywords of “%s”</source>
      <translation>“%s”的关键词</translation>
    </message>
    <message>
      <source>Words a clerk may type to find it, separated by spaces or 、 (e.g. 工资 欠薪):</source>
      <translation>登记时输入这些词也能找到它，用空格或顿号分隔（例如：工资 欠薪）：</translation>
    </message>
    <message>
      <source>%1 categories added, keywords given to %2.</source>
      <translation>新增 %1 个分类，为 %2 个分类补充了关键词。</translation>
    </message>
  </context>
  <context>
    <name>DraftOffer</name>
    <message>
      <source>Restore</source>
      <extracomment>Milliseconds after the last keystroke before the draft is kept. Fields whose value alone (a date, a default choice) is no draft worth keeping.</extracomment>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>丢弃</translation>
    </message>
    <message>
      <source>Unsaved draft from last time (%1%2):</source>
      <translation>上次未保存的草稿（%1%2）：</translation>
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
    <name>EventEditor</name>
    <message>
      <source>Enter moves on · Ctrl+S saves · Ctrl+Enter saves and starts the next · Esc back to the list</source>
      <extracomment>An event was saved (carries its id). The clerk goes back to the list.</extracomment>
      <translation>回车跳到下一项 · Ctrl+S 保存 · Ctrl+Enter 保存并登记下一场 · Esc 返回列表</translation>
    </message>
    <message>
      <source>Back to the list (Esc)</source>
      <translation>返回列表 (Esc)</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save and record the next (Ctrl+Enter)</source>
      <translation>保存并登记下一场 (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>现场照片</translation>
    </message>
    <message>
      <source>Record an outreach event</source>
      <translation>登记宣传活动</translation>
    </message>
    <message>
      <source>Outreach event of %s</source>
      <translation>%s 的宣传活动</translation>
    </message>
    <message>
      <source>Saved: %s %s</source>
      <translation>已保存：%s %s</translation>
    </message>
  </context>
  <context>
    <name>EventFields</name>
    <message>
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>For example: the Regulations on Petitions in the community</source>
      <translation>例如：《信访工作条例》宣传进社区</translation>
    </message>
    <message>
      <source>units</source>
      <translation>家</translation>
    </message>
    <message>
      <source>Count the names</source>
      <translation>按名称计数</translation>
    </message>
    <message>
      <source>Separate the names with 、 or commas</source>
      <translation>单位名称用顿号或逗号分隔</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>活动日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>活动类别</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>活动主题</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>活动地点</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>乡镇（街道）</translation>
    </message>
    <message>
      <source>Organisers</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <source>Co-organisers</source>
      <translation>联合单位数</translation>
    </message>
    <message>
      <source>Co-organising units</source>
      <translation>联合单位</translation>
    </message>
    <message>
      <source>Materials and reach</source>
      <translation>宣传品与覆盖</translation>
    </message>
    <message>
      <source>Leaflets</source>
      <translation>宣传单</translation>
    </message>
    <message>
      <source>copies</source>
      <translation>份</translation>
    </message>
    <message>
      <source>Brochures</source>
      <translation>宣传手册</translation>
    </message>
    <message>
      <source>Other materials</source>
      <translation>其他资料</translation>
    </message>
    <message>
      <source>Display boards</source>
      <translation>展板</translation>
    </message>
    <message>
      <source>boards</source>
      <translation>块</translation>
    </message>
    <message>
      <source>Banners</source>
      <translation>横幅</translation>
    </message>
    <message>
      <source>banners</source>
      <translation>条</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>现场咨询</translation>
    </message>
    <message>
      <source>person-times</source>
      <translation>人次</translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>覆盖群众</translation>
    </message>
    <message>
      <source>Media reports</source>
      <translation>媒体报道</translation>
    </message>
    <message>
      <source>times</source>
      <translation>次</translation>
    </message>
    <message>
      <source>Which media reported it</source>
      <translation>哪些媒体作了报道</translation>
    </message>
    <message>
      <source>Media coverage</source>
      <translation>报道情况</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
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
      <translation>类别</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>宣传资料（份）</translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>覆盖人次</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>活动主题</translation>
    </message>
    <message>
      <source>Words of the theme or place</source>
      <translation>主题或地点中的文字</translation>
    </message>
    <message>
      <source>New event (Ins)</source>
      <translation>新增活动 (Ins)</translation>
    </message>
    <message>
      <source>Edit (Enter)</source>
      <translation>修改（回车）</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Import a ledger…</source>
      <translation>导入台账…</translation>
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
      <translation>全部类别</translation>
    </message>
    <message>
      <source>All townships</source>
      <translation>全部乡镇</translation>
    </message>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>共 %n 场</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete the event?</source>
      <translation>删除这场活动？</translation>
    </message>
    <message numerus="yes">
      <source>Delete the event of %s “%s” and its %n photo(s)?</source>
      <translation>
        <numerusform>删除 %s「%s」这场活动及其 %n 张照片？</numerusform>
      </translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message>
      <source>Directory entries</source>
      <translation>目录条目</translation>
    </message>
    <message>
      <source>Petitioners</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>Matters</source>
      <translation>信访事项</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>信访件</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>办理步骤</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Outreach events</source>
      <translation>宣传活动</translation>
    </message>
    <message>
      <source>Study records</source>
      <translation>学习记录</translation>
    </message>
    <message>
      <source>Reception records</source>
      <translation>接访记录</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>回执</translation>
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
      <translation>冲突</translation>
    </message>
    <message>
      <source>waiting for their case</source>
      <translation>待所属件</translation>
    </message>
    <message>
      <source>not imported</source>
      <translation>未导入</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>Waiting for its case</source>
      <translation>待所属件到达</translation>
    </message>
    <message>
      <source>To be looked at</source>
      <translation>待人工核查</translation>
    </message>
    <message>
      <source>Exchange packages carry records between this office and the office above or below, on a USB stick. Import answers every package with a receipt file: hand it back to the sender.</source>
      <translation>交换包用U盘在本单位与上级或下级单位之间传递记录。每导入一个交换包都会生成回执文件，请把回执交回发送单位导入。</translation>
    </message>
    <message>
      <source>Export a package…</source>
      <translation>导出交换包…</translation>
    </message>
    <message>
      <source>Import a package or receipt…</source>
      <translation>导入交换包或回执…</translation>
    </message>
    <message>
      <source>Check only, write nothing</source>
      <translation>只检查，不写入</translation>
    </message>
    <message>
      <source>Offices exchanged with</source>
      <translation>交换单位</translation>
    </message>
    <message>
      <source>Records held back</source>
      <translation>暂缓导入的记录</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Packages sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <source>Awaiting receipt</source>
      <translation>待回执（包号）</translation>
    </message>
    <message>
      <source>Records not yet confirmed</source>
      <translation>对方未确认的记录</translation>
    </message>
    <message>
      <source>Packages received</source>
      <translation>已收到（包号）</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>List</source>
      <translation>清单</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>From</source>
      <translation>发送单位</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录编号</translation>
    </message>
    <message>
      <source>No office to send to</source>
      <translation>没有可发送的单位</translation>
    </message>
    <message>
      <source>This office knows no office above or below it. Add one under Settings › Offices.</source>
      <translation>本单位还没有上级或下级单位。请先在“设置 › 单位”中添加。</translation>
    </message>
    <message>
      <source>Export a package</source>
      <translation>导出交换包</translation>
    </message>
    <message>
      <source>Send to:</source>
      <translation>发送给：</translation>
    </message>
    <message>
      <source>Save the package</source>
      <translation>保存交换包</translation>
    </message>
    <message>
      <source>Exchange packages (*.zip)</source>
      <translation>交换包 (*.zip)</translation>
    </message>
    <message>
      <source>Exporting the package…</source>
      <translation>正在导出交换包…</translation>
    </message>
    <message>
      <source>no new records</source>
      <translation>没有新记录</translation>
    </message>
    <message>
      <source>Package no. %1 for %2 saved to %3: %4.</source>
      <translation>给%2的第 %1 号交换包已保存到 %3：%4。</translation>
    </message>
    <message>
      <source>Import a package or receipt</source>
      <translation>导入交换包或回执</translation>
    </message>
    <message>
      <source>Packages and receipts (*.zip *.receipt);;All files (*)</source>
      <translation>交换包和回执 (*.zip *.receipt);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Importing the package…</source>
      <translation>正在导入交换包…</translation>
    </message>
    <message>
      <source>Receipt from %1 imported: %2 records confirmed.</source>
      <translation>已导入%1的回执：确认 %2 条记录。</translation>
    </message>
    <message>
      <source>Checked, nothing written: </source>
      <translation>（只检查，未写入）</translation>
    </message>
    <message>
      <source>Package no. %1 from %2: %3.</source>
      <translation>%2第 %1 号交换包：%3。</translation>
    </message>
    <message>
      <source>no records</source>
      <translation>没有记录</translation>
    </message>
    <message>
      <source>This package had been imported before; nothing changed.</source>
      <translation>此交换包以前已导入过，没有改动。</translation>
    </message>
    <message>
      <source>%1 records differ from ours and wait in the list below to be looked at.</source>
      <translation>%1 条记录与本单位的不同，已列入下方清单待核查。</translation>
    </message>
    <message>
      <source>Receipt written to %1: hand it to the sender to import.</source>
      <translation>回执已写到 %1：请交给发送单位导入。</translation>
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
      <translation>%1的明细</translation>
    </message>
    <message>
      <source>%1: %2 (%3 / %4)</source>
      <translation>%1　%2　（%3 / %4）</translation>
    </message>
    <message>
      <source>Period: %1</source>
      <translation>统计时期：%1</translation>
    </message>
    <message>
      <source>Numerator: %1
Denominator: %2</source>
      <translation>分子：%1
分母：%2</translation>
    </message>
    <message>
      <source>Settings used: %1</source>
      <translation>口径：%1</translation>
    </message>
    <message>
      <source>Counted (%1)</source>
      <translation>计入分子（%1 件）</translation>
    </message>
    <message>
      <source>Not counted (%1)</source>
      <translation>分母中未计入（%1 件）</translation>
    </message>
    <message>
      <source>All considered (%1)</source>
      <translation>分母全部（%1 件）</translation>
    </message>
    <message>
      <source>Not judged (%1)</source>
      <translation>缺少信息、未计入（%1）</translation>
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
      <translation>双击某一件（或按回车）打开信访件。</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Ledger file</source>
      <translation>台账文件</translation>
    </message>
    <message>
      <source>Choose the Excel ledger (.xlsx or .xls) and the sheet that holds the cases.</source>
      <translation>请选择 Excel 台账（.xlsx 或 .xls）以及登记信访件的工作表。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <source>Import a ledger</source>
      <translation>导入台账</translation>
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
      <translation>创建管理员</translation>
    </message>
    <message>
      <source>This database has no users yet. Create the administrator, who then adds the other users in Settings › Users.</source>
      <translation>这个数据库还没有用户。请创建管理员，再由管理员在“设置 › 用户”中添加其他用户。</translation>
    </message>
    <message>
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Password again:</source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <source>The two passwords differ. Type them again.</source>
      <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>FirstRunChecklist</name>
    <message>
      <source>Before the first day: set up this office</source>
      <extracomment>Where each link leads (MainWindow.follow_link reads these). Handled here: take the shipped 内容分类 template. A link was followed to another page (a target above).</extracomment>
      <translation>开始使用前：先把本单位设置好</translation>
    </message>
    <message>
      <source>Each item ticks itself once it is done; this list goes away when all are.</source>
      <translation>每项做完后自动打勾；全部完成后本清单不再显示。</translation>
    </message>
    <message>
      <source>Townships and villages (place of the problem)</source>
      <translation>乡镇和村（问题属地）</translation>
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
      <source>A first case</source>
      <translation>登记第一件信访件</translation>
    </message>
    <message>
      <source>A backup on another disk or a USB stick</source>
      <translation>备份到另一块磁盘或U盘</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message numerus="yes">
      <source>%n township(s)</source>
      <translation>
        <numerusform>已有 %n 个乡镇（街道）</numerusform>
      </translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>还没有</translation>
    </message>
    <message numerus="yes">
      <source>%n unit(s)</source>
      <translation>
        <numerusform>已有 %n 个责任单位</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n category(ies)</source>
      <translation>
        <numerusform>已有 %n 个分类</numerusform>
      </translation>
    </message>
    <message>
      <source>add in %1 › Townships</source>
      <translation>到 %1 › 乡镇（街道） 添加</translation>
    </message>
    <message>
      <source>or import a county's ledger</source>
      <translation>或导入县里的台账</translation>
    </message>
    <message>
      <source>add in %1 › Responsible units</source>
      <translation>到 %1 › 责任单位 添加</translation>
    </message>
    <message>
      <source>type or edit them</source>
      <translation>手工添加或修改</translation>
    </message>
    <message>
      <source>learn them from a ledger</source>
      <translation>从台账导入</translation>
    </message>
    <message>
      <source>take the template (with keywords)</source>
      <translation>采用模板（含关键词）</translation>
    </message>
    <message>
      <source>register a visit (Ctrl+N)</source>
      <translation>登记一件来访（Ctrl+N）</translation>
    </message>
    <message>
      <source>back up in %1 › Data safety</source>
      <translation>到 %1 › 数据安全 备份</translation>
    </message>
    <message>
      <source>Cannot take the template</source>
      <translation>无法采用模板</translation>
    </message>
  </context>
  <context>
    <name>FlaggedCasesModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>问题属地</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
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
      <source>Statutory clock</source>
      <translation>法定期限</translation>
    </message>
    <message>
      <source>Count an extension from the original last day, before any rest-day shift</source>
      <translation>延期自原期限末日起算（节假日顺延之前）</translation>
    </message>
    <message>
      <source>Extension:</source>
      <translation>延期：</translation>
    </message>
    <message>
      <source>The stricter reading, and the default: when the 60th day falls on a rest day, the extension still runs from that day. Unticked, it runs from the next working day. Changing it recomputes the deadlines of open cases.</source>
      <translation>较严格的理解，也是默认设置：第 60 日适逢休息日时，延期仍自该日起算；不勾选则自顺延后的工作日起算。修改后将重新计算在办信访件的期限。</translation>
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
      <source>Print fonts:</source>
      <translation>打印字体：</translation>
    </message>
    <message>
      <source>WenQuanYi Micro Hei (shipped)</source>
      <translation>文泉驿微米黑（随程序提供）</translation>
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
      <translation>标题（小标宋）</translation>
    </message>
    <message>
      <source>Headings (HeiTi)</source>
      <translation>一级标题（黑体）</translation>
    </message>
    <message>
      <source>Subheadings (KaiTi)</source>
      <translation>二级标题（楷体）</translation>
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
      <source>The office is set on the program's first start; to change it, ask the administrator. Back up the data regularly (Data safety).</source>
      <translation>本单位在程序第一次启动时设置；如需更改，请联系系统管理员。请定期备份数据（见“数据安全”）。</translation>
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
    <name>ImportProblems</name>
    <message>
      <source>Row</source>
      <extracomment>The ledger the report is of: its rows are copied beside each problem when saved.</extracomment>
      <translation>行号</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>未导入</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Save the problems as .xlsx…</source>
      <translation>把问题行另存为 .xlsx…</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <source>Save the problems</source>
      <translation>保存问题行</translation>
    </message>
  </context>
  <context>
    <name>ImportReportDialog</name>
    <message>
      <source>Import of %s</source>
      <translation>导入 %s</translation>
    </message>
    <message numerus="yes">
      <source>Import %n row(s)</source>
      <translation>
        <numerusform>导入 %n 行</numerusform>
      </translation>
    </message>
    <message>
      <source>Sheet “%s”, header in row %s.</source>
      <translation>工作表「%s」，表头在第 %s 行。</translation>
    </message>
    <message>
      <source>%s rows: %s can be imported, %s already present, %s cannot be imported.</source>
      <translation>共 %s 行：可导入 %s 行，已存在 %s 行，不能导入 %s 行。</translation>
    </message>
    <message>
      <source>%s rows: %s imported, %s already present, %s not imported.</source>
      <translation>共 %s 行：已导入 %s 行，已存在 %s 行，未导入 %s 行。</translation>
    </message>
    <message>
      <source>Passed over: %s.</source>
      <translation>跳过的行：%s。</translation>
    </message>
  </context>
  <context>
    <name>IndicatorSettingsDialog</name>
    <message>
      <source>Indicator settings</source>
      <translation>指标口径</translation>
    </message>
    <message>
      <source>How the indicators are counted. Every figure lists the settings it used; docs/INDICATORS.md describes each indicator.</source>
      <translation>指标的计算口径。每项数字都注明所用的口径；各项指标的详细定义见 docs/INDICATORS.md。</translation>
    </message>
    <message>
      <source>Satisfaction rate: evaluations counted as satisfied</source>
      <translation>群众满意率：计为满意的评价</translation>
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
      <translation>办结后多少日内重复信访即不算一次性化解：</translation>
    </message>
    <message>
      <source>Counted by registration date</source>
      <translation>按登记日期统计的指标</translation>
    </message>
    <message>
      <source>By default an indicator counts the cases whose obligation fell due (or whose event happened) in the period. Ticked indicators count the cases registered in the period instead.</source>
      <translation>默认情况下，指标统计期限届满（或事件发生）在本期的信访件；勾选的指标改为统计本期登记的信访件。</translation>
    </message>
  </context>
  <context>
    <name>IndicatorTable</name>
    <message>
      <source>Indicator</source>
      <extracomment>"37 more lack an acceptance date and are not counted", or "". The columns a click on which opens the cases behind the figure. An indicator's cases were asked for (its key, e.g. "on_time_completion_rate").</extracomment>
      <translation>指标</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
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
      <translation>计算方法（分子 ÷ 分母）</translation>
    </message>
    <message>
      <source>Settings used</source>
      <translation>口径</translation>
    </message>
    <message>
      <source>Not judged</source>
      <translation>未计入</translation>
    </message>
  </context>
  <context>
    <name>Indicators</name>
    <message>
      <source>Timely acceptance rate</source>
      <translation>及时受理率</translation>
    </message>
    <message>
      <source>On-time completion rate</source>
      <translation>按期办结率</translation>
    </message>
    <message>
      <source>Evaluation participation rate</source>
      <translation>参评率</translation>
    </message>
    <message>
      <source>Public satisfaction rate</source>
      <translation>群众满意率</translation>
    </message>
    <message>
      <source>One-time resolution rate of first petitions</source>
      <translation>初次信访事项一次性化解率</translation>
    </message>
    <message>
      <source>Accurate forwarding rate</source>
      <translation>准确转送率</translation>
    </message>
    <message>
      <source>Repeat petition rate</source>
      <translation>重复信访率</translation>
    </message>
    <message>
      <source>Year-on-year change (registrations)</source>
      <translation>信访总量同比（件次）</translation>
    </message>
    <message>
      <source>Year-on-year change (people)</source>
      <translation>信访总量同比（人次）</translation>
    </message>
    <message>
      <source>Resolution rate of leader-owned matters</source>
      <translation>领导包案化解率</translation>
    </message>
    <message>
      <source>Cases given a decision (acceptance, forwarding, assignment…) within the deadline</source>
      <extracomment>What each side of the fraction counts (numerator, denominator).</extracomment>
      <translation>期限内作出受理、转送、交办等处理决定的信访件</translation>
    </message>
    <message>
      <source>Cases whose acceptance deadline falls in the period (passed or decided)</source>
      <translation>受理转交期限落在本期（已到期或已处理）的信访件</translation>
    </message>
    <message>
      <source>Cases replied to or settled by mediation within the handling deadline (extensions included)</source>
      <translation>在办理期限（含延期）内答复或调解办结的信访件</translation>
    </message>
    <message>
      <source>Cases whose handling deadline falls in the period (passed or completed)</source>
      <translation>办理期限落在本期（已到期或已办结）的信访件</translation>
    </message>
    <message>
      <source>Cases evaluated</source>
      <translation>已评价的信访件</translation>
    </message>
    <message>
      <source>Cases whose reply was delivered and can be evaluated</source>
      <translation>答复已送达、可以评价的信访件</translation>
    </message>
    <message>
      <source>Cases evaluated as satisfied (or as counted as satisfied)</source>
      <translation>评价为满意（及计入满意的评价）的信访件</translation>
    </message>
    <message>
      <source>First petitions with no repeat petition in the watch period after completion</source>
      <translation>办结后观察期内没有重复信访的初次信访事项</translation>
    </message>
    <message>
      <source>First petitions completed in the period</source>
      <translation>本期办结的初次信访事项</translation>
    </message>
    <message>
      <source>Forwarded or assigned cases not returned by the responsible unit</source>
      <translation>未被责任单位退回的转送、交办件</translation>
    </message>
    <message>
      <source>Cases forwarded or assigned in the period</source>
      <translation>本期转送、交办的信访件</translation>
    </message>
    <message>
      <source>Repeat petitions registered in the period</source>
      <translation>本期登记的重复信访件</translation>
    </message>
    <message>
      <source>All cases registered in the period</source>
      <translation>本期登记的全部信访件</translation>
    </message>
    <message>
      <source>Cases registered in the period (registrations)</source>
      <translation>本期登记的信访件（件次）</translation>
    </message>
    <message>
      <source>Cases registered in the same period a year earlier (registrations)</source>
      <translation>去年同期登记的信访件（件次）</translation>
    </message>
    <message>
      <source>People in the cases registered in the period</source>
      <translation>本期登记信访件的人数（人次）</translation>
    </message>
    <message>
      <source>People in the cases registered in the same period a year earlier</source>
      <translation>去年同期登记信访件的人数（人次）</translation>
    </message>
    <message>
      <source>Leader-owned matters resolved (completed)</source>
      <translation>已化解（办结）的包案事项</translation>
    </message>
    <message>
      <source>Matters on the leaders' ownership list in the period</source>
      <translation>本期在领导包案名单上的事项</translation>
    </message>
    <message>
      <source>acceptance deadline</source>
      <extracomment>The date that puts a case into the period (`domain.indicators.PERIOD_DATES`).</extracomment>
      <translation>受理转交期限届满日</translation>
    </message>
    <message>
      <source>handling deadline</source>
      <translation>办理期限届满日</translation>
    </message>
    <message>
      <source>date the reply was delivered</source>
      <translation>答复送达日</translation>
    </message>
    <message>
      <source>completion date</source>
      <translation>办结日</translation>
    </message>
    <message>
      <source>date first forwarded or assigned</source>
      <translation>首次转送、交办日</translation>
    </message>
    <message>
      <source>period of leader ownership</source>
      <translation>包案期间</translation>
    </message>
    <message>
      <source>registration date</source>
      <extracomment>The period date of a figure counted by registration, and of one no table names.</extracomment>
      <translation>登记日</translation>
    </message>
    <message>
      <source>deadline or date of the event</source>
      <translation>期限届满或事件发生日</translation>
    </message>
    <message>
      <source>an acceptance date</source>
      <extracomment>The fact an indicator could not judge a case without (`Fraction.missing`), by indicator.</extracomment>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>a delivery date</source>
      <translation>送达日期</translation>
    </message>
    <message>
      <source>a completion date</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>acceptance deadline %1 days</source>
      <extracomment>The settings a figure used, in short words (`services.statistics.indicators.SHORT_WORDS`).</extracomment>
      <translation>受理转交期限 %1 日</translation>
    </message>
    <message>
      <source>handling deadline %1 days</source>
      <translation>办理期限 %1 日</translation>
    </message>
    <message>
      <source>extensions up to %1 days</source>
      <translation>延期不超过 %1 日</translation>
    </message>
    <message>
      <source>applies to %1</source>
      <translation>适用于%1</translation>
    </message>
    <message>
      <source>counted as satisfied: %1</source>
      <translation>计为满意：%1</translation>
    </message>
    <message>
      <source>watched for %1 days after completion</source>
      <translation>办结后观察 %1 日</translation>
    </message>
    <message>
      <source>the information needed</source>
      <translation>所需信息</translation>
    </message>
    <message>
      <source>%1 more lack %2 and are not counted</source>
      <translation>另有%1件缺少%2，未计入</translation>
    </message>
    <message>
      <source>Cases lacking %1, which cannot be judged</source>
      <translation>缺少%1、无法判断的信访件</translation>
    </message>
    <message>
      <source>Counted by %1</source>
      <translation>按%1归入统计期</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
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
      <translation>按上次登记填入 (Ctrl+D)</translation>
    </message>
    <message>
      <source>Known petitioner: %1, last registered %2.</source>
      <translation>已登记过的信访人：%1，上次登记于 %2。</translation>
    </message>
  </context>
  <context>
    <name>LedgerExportDialog</name>
    <message>
      <source>Export the ledger</source>
      <extracomment>The date shown as "any" (an open end of the period), as in the list's filter. The ledger was written (an `ExportResult`). What the list shows; the dialog's dates replace its period. The last message shown after an export (for tests and for closing it).</extracomment>
      <translation>导出台账</translation>
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
      <translation>选择…</translation>
    </message>
    <message>
      <source>Do not mask ID numbers and phones</source>
      <translation>不遮蔽身份证号和电话</translation>
    </message>
    <message>
      <source>Unless the box is ticked, ID numbers show only their first 6 and last 4 characters and mobile phones their first 3 and last 4 digits. Every export is recorded in the audit log.</source>
      <translation>不勾选时，身份证号只显示前 6 位和后 4 位，手机号只显示前 3 位和后 4 位。每次导出都记入审计日志。</translation>
    </message>
    <message>
      <source>As the list shows them: %1</source>
      <translation>与列表所示相同：%1</translation>
    </message>
    <message>
      <source>Every case of the period (the list has no other filter).</source>
      <translation>所选期间的全部信访件（列表没有其他筛选条件）。</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>信访件</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>请选择要导出到哪个文件。</translation>
    </message>
    <message>
      <source>Exporting the ledger…</source>
      <translation>正在导出台账…</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) exported to %1.</source>
      <translation>
        <numerusform>已导出 %n 件信访件到 %1。</numerusform>
      </translation>
    </message>
    <message>
      <source>No case was registered in this period; an empty ledger was written to %1.</source>
      <translation>这段时间没有登记信访件，已导出一份空台账到 %1。</translation>
    </message>
    <message>
      <source>Left out: %1.</source>
      <translation>%1。</translation>
    </message>
    <message>
      <source>The export was cancelled; no file was written.</source>
      <translation>已取消导出，没有写入任何文件。</translation>
    </message>
  </context>
  <context>
    <name>LedgerFields</name>
    <message>
      <source>Case number</source>
      <translation>信访件编号</translation>
    </message>
    <message>
      <source>Higher level's number</source>
      <translation>上级件号</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <source>Date the letter was received</source>
      <translation>收信日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>信访形式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Co-petitioners</source>
      <translation>共同信访人</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Head count</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Township (place of the problem)</source>
      <translation>问题属地</translation>
    </message>
    <message>
      <source>Content category</source>
      <translation>内容分类</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>信访目的</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>性质</translation>
    </message>
    <message>
      <source>Main request</source>
      <translation>主要诉求</translation>
    </message>
    <message>
      <source>Number of the first case (repeat petition)</source>
      <translation>原信访件编号（重复信访）</translation>
    </message>
    <message>
      <source>Forwarded or assigned</source>
      <translation>转交方式（转送/交办）</translation>
    </message>
    <message>
      <source>Date forwarded or assigned</source>
      <translation>转交日期</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>责任单位</translation>
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
      <translation>签收日期</translation>
    </message>
    <message>
      <source>Days of extension</source>
      <translation>延期天数</translation>
    </message>
    <message>
      <source>Reply date</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <source>Delivery date</source>
      <translation>送达日期</translation>
    </message>
    <message>
      <source>Date a review was asked for</source>
      <translation>复查申请日期</translation>
    </message>
    <message>
      <source>Date of the review decision</source>
      <translation>复查意见日期</translation>
    </message>
    <message>
      <source>Date a recheck was asked for</source>
      <translation>复核申请日期</translation>
    </message>
    <message>
      <source>Date a leader took the case on</source>
      <translation>包案日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>办理状态</translation>
    </message>
    <message>
      <source>Closing date</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Result of handling</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Date of the termination filing</source>
      <translation>终结备案日期</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>LedgerImport</name>
    <message>
      <source>Import an events ledger</source>
      <extracomment>Events were imported. The last report shown (for tests).</extracomment>
      <translation>导入宣传活动台账</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
      <translation>Excel 工作簿 (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
      <source>Checking %s…</source>
      <translation>正在检查 %s…</translation>
    </message>
    <message>
      <source>Importing %s…</source>
      <translation>正在导入 %s…</translation>
    </message>
    <message>
      <source>Import cancelled</source>
      <translation>已取消导入</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
  </context>
  <context>
    <name>LedgerImportWizard</name>
    <message>
      <source>Import a ledger</source>
      <translation>导入台账</translation>
    </message>
    <message>
      <source>Checking %s…</source>
      <translation>正在检查 %s…</translation>
    </message>
    <message>
      <source>Importing %s…</source>
      <translation>正在导入 %s…</translation>
    </message>
    <message>
      <source>Import cancelled</source>
      <translation>导入已取消</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>Locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <source>Locked after %1 idle minutes. Enter the password of %2 to go on.</source>
      <translation>已 %1 分钟无操作，窗口已锁定。请输入 %2 的密码继续。</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Quit the program</source>
      <translation>退出程序</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Choose a new password to go on.</source>
      <translation>请先设置新密码再继续。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Rule-of-Law Petitions</source>
      <extracomment>Channels with a registration form, in the order of the navigation and of Ctrl+1…4. The pages that give Ctrl+N a meaning of their own (a new outreach event), where Ctrl+N yields. The preference Ctrl+N reads: the channel of the registration form last shown.</extracomment>
      <translation>法治信访</translation>
    </message>
    <message>
      <source>Search cases: number, name or words (Ctrl+F)</source>
      <translation>检索信访件：编号、姓名或内容（Ctrl+F）</translation>
    </message>
    <message>
      <source>Import ledger…</source>
      <translation>导入台账…</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <source>Keyboard shortcuts…</source>
      <translation>快捷键…</translation>
    </message>
    <message>
      <source>Change password…</source>
      <translation>修改密码…</translation>
    </message>
    <message>
      <source>Lock the window</source>
      <translation>锁定窗口</translation>
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
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Logged in: %s</source>
      <translation>当前用户：%s</translation>
    </message>
    <message>
      <source>Cases</source>
      <extracomment>Labels of Qt's file dialog whose source text gained an accelerator ("&amp;Look in:") after the translations PySide6 ships were made, so qtbase_zh_* leaves them English; found by tests/ui/test_qt_strings.py, which names any other that appears.</extracomment>
      <translation>信访件</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>台账/专项</translation>
    </message>
    <message>
      <source>Conformity review</source>
      <translation>规范化评查</translation>
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
      <source>Exchange</source>
      <translation>交换</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>审计</translation>
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
    <name>MappingPage</name>
    <message>
      <source>Columns</source>
      <translation>列的对应关系</translation>
    </message>
    <message>
      <source>Check what each column of the ledger holds. Columns set to “Not imported” are left out.</source>
      <translation>请核对台账每一列的含义。设为“不导入”的列不会读取。</translation>
    </message>
    <message>
      <source>Column in the ledger</source>
      <translation>台账中的列</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>导入为</translation>
    </message>
    <message>
      <source>Remember these choices for ledgers with this header</source>
      <translation>以后遇到相同表头的台账时沿用这些选择</translation>
    </message>
    <message>
      <source>Sheet “%1”, header in row %2.</source>
      <translation>工作表“%1”，表头在第 %2 行。</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>不导入</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>Case review meetings</source>
      <translation>研判会议</translation>
    </message>
    <message>
      <source>Names separated by 、</source>
      <translation>参会人员，用顿号分隔</translation>
    </message>
    <message>
      <source>Record meeting</source>
      <translation>登记会议</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>参会人员</translation>
    </message>
    <message>
      <source>Decide on the board's case…</source>
      <translation>对研判台选中的信访件作出决定…</translation>
    </message>
    <message>
      <source>Print minutes…</source>
      <translation>打印纪要…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Meeting of %s recorded.</source>
      <translation>已登记 %s 的研判会议。</translation>
    </message>
    <message>
      <source>Record or choose a meeting first.</source>
      <translation>请先登记或选择一次会议。</translation>
    </message>
    <message>
      <source>Choose a case on the review board first.</source>
      <translation>请先在研判台上选择一件信访件。</translation>
    </message>
    <message>
      <source>Minutes written to %s.</source>
      <translation>纪要已保存到 %s。</translation>
    </message>
    <message>
      <source>Print minutes</source>
      <translation>打印纪要</translation>
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
      <translation>研判件数</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>参会人员</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>反映问题</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>研判定级</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
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
      <translation>新建台账</translation>
    </message>
    <message>
      <source>e.g. Leaders' cases 2024</source>
      <translation>例如：2024年市县领导包案</translation>
    </message>
    <message>
      <source>Login or name (you, if empty)</source>
      <translation>用户名或姓名（不填为当前用户）</translation>
    </message>
    <message>
      <source>Has a period</source>
      <translation>设定期间</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <source>Leader:</source>
      <translation>包案领导：</translation>
    </message>
    <message>
      <source>Owner:</source>
      <translation>负责人：</translation>
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
      <translation>没有 PDF 阅读程序</translation>
    </message>
    <message>
      <source>No program to open PDF files was found. The document was written to:</source>
      <translation>本机没有找到能打开 PDF 文件的程序。文书已保存在：</translation>
    </message>
    <message>
      <source>Open its folder and print it from another program, or save a copy where it can be printed.</source>
      <translation>可打开所在文件夹，用其他程序打印；或把副本保存到能打印的地方（如U盘）。</translation>
    </message>
    <message>
      <source>Open the folder</source>
      <translation>打开所在文件夹</translation>
    </message>
    <message>
      <source>Save a copy to…</source>
      <translation>另存副本到…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Save a copy to</source>
      <translation>另存副本到</translation>
    </message>
    <message>
      <source>No file manager opened either: the folder is %1</source>
      <translation>也没有能打开文件夹的程序。文件夹位置：%1</translation>
    </message>
    <message>
      <source>Could not save the copy: %1</source>
      <translation>副本未能保存：%1</translation>
    </message>
    <message>
      <source>A copy was saved to %1</source>
      <translation>副本已保存到 %1</translation>
    </message>
  </context>
  <context>
    <name>NumberCard</name>
    <message>
      <source>Click to list the cases</source>
      <translation>点击列出这些信访件</translation>
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
      <source>e.g. %1</source>
      <translation>例如 %1</translation>
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
      <extracomment>Keys that move on from a field, as Tab does (Enter on the keypad comes with KeypadModifier). The offers of the last look-up, shown text → entry id.</extracomment>
      <translation>直接输入数字，如 20241118；不清楚可不填</translation>
    </message>
    <message>
      <source>Choose from the calendar</source>
      <translation>从日历中选择</translation>
    </message>
  </context>
  <context>
    <name>OutreachKindsEditor</name>
    <message>
      <source>The kinds offered when an outreach event is recorded. A retired kind stays on its events.</source>
      <extracomment>The name dialog while it is open (tests type into it and accept it).</extracomment>
      <translation>登记宣传活动时可选的类别。停用的类别仍保留在已登记的活动上。</translation>
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
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>使用状态</translation>
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
      <translation>恢复</translation>
    </message>
    <message>
      <source>Name of the kind:</source>
      <translation>类别名称：</translation>
    </message>
    <message>
      <source>Add an outreach kind</source>
      <translation>添加宣传活动类别</translation>
    </message>
    <message>
      <source>Not added</source>
      <translation>未添加</translation>
    </message>
    <message>
      <source>Rename the outreach kind</source>
      <translation>宣传活动类别改名</translation>
    </message>
    <message>
      <source>Not renamed</source>
      <translation>未改名</translation>
    </message>
    <message>
      <source>Delete the kind “%s”?</source>
      <translation>删除类别“%s”？</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
  </context>
  <context>
    <name>OutreachLines</name>
    <message>
      <source>(No township given)</source>
      <translation>（未填乡镇）</translation>
    </message>
  </context>
  <context>
    <name>OutreachPage</name>
    <message>
      <source>Outreach and study</source>
      <translation>宣传与学法</translation>
    </message>
    <message>
      <source>Outreach events</source>
      <translation>宣传活动</translation>
    </message>
    <message>
      <source>Legal study</source>
      <translation>学法</translation>
    </message>
    <message>
      <source>Reception days</source>
      <translation>接访活动</translation>
    </message>
    <message>
      <source>Year overview</source>
      <translation>年度概览</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <source>outreach events</source>
      <translation>宣传活动（场次）</translation>
    </message>
    <message>
      <source>copies of materials</source>
      <translation>宣传资料（份）</translation>
    </message>
    <message>
      <source>people reached (person-times)</source>
      <translation>覆盖群众（人次）</translation>
    </message>
    <message>
      <source>reception activities</source>
      <translation>接访活动（次）</translation>
    </message>
    <message>
      <source>study sessions</source>
      <translation>学法（次）</translation>
    </message>
    <message>
      <source>exam pass rate</source>
      <translation>学法考试通过率</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Copy the text</source>
      <translation>复制文字</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>宣传资料</translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>覆盖人次</translation>
    </message>
    <message>
      <source>Boards</source>
      <translation>展板</translation>
    </message>
    <message>
      <source>Banners</source>
      <translation>横幅</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>咨询人次</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>By kind</source>
      <translation>按类别</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>按月份</translation>
    </message>
    <message>
      <source>By township</source>
      <translation>按乡镇</translation>
    </message>
    <message>
      <source>For the annual report</source>
      <translation>年度报告用语</translation>
    </message>
    <message>
      <source>Nothing recorded for this year yet.</source>
      <translation>本年度还没有登记宣传、接访或学法活动。</translation>
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
      <translation>自定义时期</translation>
    </message>
    <message>
      <source>All offices</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>统计时期：</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>单位：</translation>
    </message>
  </context>
  <context>
    <name>PhotoGallery</name>
    <message>
      <source>Add photos…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>删除照片</translation>
    </message>
    <message>
      <source>Save the event first (Ctrl+S), then add its photos here.</source>
      <translation>请先保存活动（Ctrl+S），再在这里添加照片。</translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s). Double-click one to see it large.</source>
      <translation>
        <numerusform>共 %n 张照片，双击可查看大图。</numerusform>
      </translation>
    </message>
    <message>
      <source>Add photos</source>
      <translation>添加照片</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
      <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>PrintMenu</name>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Print into a folder</source>
      <translation>打印到文件夹</translation>
    </message>
    <message>
      <source>Cannot print</source>
      <translation>无法打印</translation>
    </message>
  </context>
  <context>
    <name>PrintTab</name>
    <message>
      <source>Case registration and handling sheet</source>
      <translation>信访事项登记处理单</translation>
    </message>
    <message>
      <source>Registration receipt</source>
      <translation>登记回执</translation>
    </message>
    <message>
      <source>Notice of acceptance</source>
      <translation>受理告知书</translation>
    </message>
    <message>
      <source>Notice of non-acceptance</source>
      <translation>不予受理告知书</translation>
    </message>
    <message>
      <source>Forwarding or assignment slip</source>
      <translation>转送/交办单</translation>
    </message>
    <message>
      <source>Notice of extension</source>
      <translation>延期告知书</translation>
    </message>
    <message>
      <source>Written reply (handling opinion)</source>
      <translation>信访处理意见书</translation>
    </message>
    <message>
      <source>Review opinion</source>
      <translation>复查意见书</translation>
    </message>
    <message>
      <source>Re-examination opinion</source>
      <translation>复核意见书</translation>
    </message>
    <message>
      <source>Proof of delivery</source>
      <translation>送达回证</translation>
    </message>
    <message>
      <source>Supervision slip</source>
      <translation>督办单</translation>
    </message>
    <message>
      <source>Reminder slip</source>
      <translation>催办单</translation>
    </message>
    <message>
      <source>Completion report to the higher level</source>
      <translation>办结报告（报上级）</translation>
    </message>
    <message>
      <source>Statistics report</source>
      <translation>统计报表</translation>
    </message>
    <message>
      <source>Case review meeting agenda</source>
      <translation>研判会议议程</translation>
    </message>
    <message>
      <source>Annual report section (GB/T 9704)</source>
      <translation>年度报告信访部分（公文格式）</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>e.g. 431127-2024-000123</source>
      <translation>例如 431127-2024-000123</translation>
    </message>
    <message>
      <source>Print complete ID numbers and phone numbers</source>
      <translation>印出完整的证件号码和电话</translation>
    </message>
    <message>
      <source>Copy for a unit (for accusations: without anything about the petitioner)</source>
      <translation>送单位的文本（检举控告件不含信访人的任何信息）</translation>
    </message>
    <message>
      <source>Case number:</source>
      <translation>信访件编号：</translation>
    </message>
    <message>
      <source>All offices</source>
      <translation>全部单位</translation>
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
      <translation>单位：</translation>
    </message>
    <message>
      <source>Meeting date:</source>
      <translation>会议日期：</translation>
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
      <translation>正在生成预览…</translation>
    </message>
    <message>
      <source>Preparing the document for printing…</source>
      <translation>正在生成要打印的文书…</translation>
    </message>
    <message>
      <source>Saved %1 (%2 pages).</source>
      <translation>已保存 %1（%2 页）。</translation>
    </message>
    <message>
      <source>Check before sending: %1</source>
      <translation>送出前请核对：%1</translation>
    </message>
    <message>
      <source>%1 (printed as %2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>保存文书</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
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
      <translation>打印登记回执 (Ctrl+P)</translation>
    </message>
    <message>
      <source>Do not print a receipt</source>
      <translation>不打印回执</translation>
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
      <translation>接访方式</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>接访领导</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
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
      <translation>受理的信访件</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Delete the selected activity</source>
      <translation>删除选中的接访活动</translation>
    </message>
    <message>
      <source>Record a reception activity</source>
      <translation>登记接访活动</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Name (post)</source>
      <translation>姓名（职务）</translation>
    </message>
    <message>
      <source>Units taking part in a joint reception</source>
      <translation>联合接访的参加单位</translation>
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
      <translation>信访件编号，用空格或逗号分隔</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>参加单位</translation>
    </message>
    <message>
      <source>Saved: %s %s</source>
      <translation>已保存：%s %s</translation>
    </message>
    <message>
      <source>Delete?</source>
      <translation>删除？</translation>
    </message>
    <message>
      <source>Delete the reception activity of %s (%s)?</source>
      <translation>删除 %s（%s）的接访活动？</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
  </context>
  <context>
    <name>RegionMissingNote</name>
    <message>
      <source>Settings › Townships</source>
      <translation>设置 › 乡镇（街道）</translation>
    </message>
    <message>
      <source>No townships yet: add them in %1.</source>
      <translation>还没有乡镇和村：请到 %1 添加。</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialogs</name>
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
    <name>RegistersPage</name>
    <message>
      <source>Leader-owned cases</source>
      <extracomment>A matter's case was double-clicked: open it (the main window shows its detail).</extracomment>
      <translation>领导包案</translation>
    </message>
    <message>
      <source>Backlog cases</source>
      <translation>积案</translation>
    </message>
    <message>
      <source>Special campaign</source>
      <translation>专项攻坚</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>台账</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>件数</translation>
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
      <translation>信访件编号</translation>
    </message>
    <message>
      <source>Petitioner</source>
      <translation>信访人</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>反映问题</translation>
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
      <translation>认定人</translation>
    </message>
    <message>
      <source>State</source>
      <translation>办理状态</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>包案领导</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>化解时限</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>化解方案</translation>
    </message>
    <message>
      <source>Latest progress</source>
      <translation>最新进展</translation>
    </message>
    <message>
      <source>New register…</source>
      <extracomment>The outcome of the last import and print, and the last message shown (what tests read).</extracomment>
      <translation>新建台账…</translation>
    </message>
    <message>
      <source>Add cases…</source>
      <translation>列入信访件…</translation>
    </message>
    <message>
      <source>Import list…</source>
      <translation>导入清单…</translation>
    </message>
    <message>
      <source>Resolved…</source>
      <translation>认定化解…</translation>
    </message>
    <message>
      <source>Progress note…</source>
      <translation>记录进展…</translation>
    </message>
    <message>
      <source>Print table…</source>
      <translation>打印进展表…</translation>
    </message>
    <message>
      <source>Select a case to see its plan and progress notes.</source>
      <translation>选中一件事项，查看包案方案和进展情况。</translation>
    </message>
    <message>
      <source>No register yet: make one with “New register…”.</source>
      <translation>还没有台账：点“新建台账…”建立一本。</translation>
    </message>
    <message>
      <source>%1 “%2”: %3 cases, %4 resolved, resolution rate %5 (as of %6).</source>
      <translation>%1“%2”：共%3件，已化解%4件，化解率%5（截至%6）。</translation>
    </message>
    <message>
      <source>Leader: %1.</source>
      <translation>包案领导：%1。</translation>
    </message>
    <message>
      <source>Leader: %1</source>
      <translation>包案领导：%1</translation>
    </message>
    <message>
      <source>Plan: %1</source>
      <translation>化解方案：%1</translation>
    </message>
    <message>
      <source>Staff: %1</source>
      <translation>工作人员：%1</translation>
    </message>
    <message>
      <source>Due: %1</source>
      <translation>化解时限：%1</translation>
    </message>
    <message>
      <source>No progress notes yet.</source>
      <translation>还没有进展记录。</translation>
    </message>
    <message>
      <source>Type at least one case number.</source>
      <translation>请至少写一个信访件编号。</translation>
    </message>
    <message>
      <source>Add cases</source>
      <translation>列入信访件</translation>
    </message>
    <message>
      <source>Added %1. Already listed: %2. Not found: %3.</source>
      <translation>已列入 %1 件。已在台账中：%2。找不到：%3。</translation>
    </message>
    <message>
      <source>Import a higher level's list</source>
      <translation>导入上级交办清单</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xls)</source>
      <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
      <source>Importing the list…</source>
      <translation>正在导入清单…</translation>
    </message>
    <message>
      <source>%1 rows read, %2 cases added, %3 already listed.</source>
      <translation>读入 %1 行，列入 %2 件，%3 件已在台账中。</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>台账</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>记录进展</translation>
    </message>
    <message>
      <source>Print the progress table</source>
      <translation>打印进展情况表</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
      <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>正在打印…</translation>
    </message>
  </context>
  <context>
    <name>RegistrationFields</name>
    <message>
      <source>Petitioner</source>
      <extracomment>The flags of a case (CaseInput attribute names), in the order the check boxes show them. The ID number changed: the earlier cases may be others now. The name or the phone changed (they find the earlier cases when there is no ID number). The head count changed (the 集体访 banner follows it). A link in a hint was followed ("settings:township": where 问题属地 are added).</extracomment>
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
      <source>The day the office received the letter: the 15 days to accept or route it run from this day (from the registration date when left empty).</source>
      <translation>本机关收到来信的日期：受理或转送、交办的 15 日期限自此日起算（不填则自登记日期起算）。</translation>
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
      <translation>回车到下一栏 · Ctrl+S 保存并打开该件 · Ctrl+Enter 保存并登记下一件 · Ctrl+P 打印登记回执</translation>
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
      <source>Open the case after saving</source>
      <translation>保存后打开该件</translation>
    </message>
    <message>
      <source>Save (Ctrl+S) opens the new case; unticked, it stays on the form. Either way the form is emptied.</source>
      <translation>保存 (Ctrl+S) 后打开新登记的信访件；不勾选则留在登记页。两种情况下表单都会清空。</translation>
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
    <name>ReportCentre</name>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Document wording</source>
      <translation>文书模板</translation>
    </message>
    <message>
      <source>Monthly bulletin</source>
      <translation>月度通报</translation>
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
      <translation>打印到文件夹</translation>
    </message>
  </context>
  <context>
    <name>ReportTemplates</name>
    <message>
      <source>Office details</source>
      <translation>本机关信息</translation>
    </message>
    <message>
      <source>Registration receipt</source>
      <translation>登记回执</translation>
    </message>
    <message>
      <source>Case registration and handling sheet</source>
      <translation>信访事项登记处理单</translation>
    </message>
    <message>
      <source>Notice of acceptance</source>
      <translation>受理告知书</translation>
    </message>
    <message>
      <source>Notice of non-acceptance</source>
      <translation>不予受理告知书</translation>
    </message>
    <message>
      <source>Notice of extension</source>
      <translation>延期告知书</translation>
    </message>
    <message>
      <source>Written reply (handling opinion)</source>
      <translation>信访处理意见书</translation>
    </message>
    <message>
      <source>Review opinion</source>
      <translation>复查意见书</translation>
    </message>
    <message>
      <source>Re-examination opinion</source>
      <translation>复核意见书</translation>
    </message>
    <message>
      <source>Forwarding or assignment slip</source>
      <translation>转送/交办单</translation>
    </message>
    <message>
      <source>Supervision slip</source>
      <translation>督办单</translation>
    </message>
    <message>
      <source>Reminder slip</source>
      <translation>催办单</translation>
    </message>
    <message>
      <source>Proof of delivery</source>
      <translation>送达回证</translation>
    </message>
    <message>
      <source>Completion report to the higher level</source>
      <translation>办结报告</translation>
    </message>
    <message>
      <source>Statistics report</source>
      <extracomment>The documents that are not a case's (the case documents share their template's name above).</extracomment>
      <translation>统计报表</translation>
    </message>
    <message>
      <source>Case review meeting agenda</source>
      <translation>研判议程</translation>
    </message>
    <message>
      <source>Petition section of the annual report</source>
      <translation>年度报告信访部分</translation>
    </message>
    <message>
      <source>Office name (empty: the name the office was set up with)</source>
      <translation>单位名称（空：用本单位名称）</translation>
    </message>
    <message>
      <source>Office's short form in document numbers (empty: the name's first character and the one for petition)</source>
      <translation>文号机关代字（空：取单位名称首字加“信”）</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>邮政编码</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Words at the seal</source>
      <translation>印章处文字</translation>
    </message>
    <message>
      <source>Review authority</source>
      <translation>复查机关</translation>
    </message>
    <message>
      <source>Re-examination authority</source>
      <translation>复核机关</translation>
    </message>
    <message>
      <source>Higher authority (the completion report is addressed to it)</source>
      <translation>上级机关（办结报告的主送机关）</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Title (assignment)</source>
      <translation>标题（交办）</translation>
    </message>
    <message>
      <source>Document number prefix</source>
      <translation>文号代字</translation>
    </message>
    <message>
      <source>Document number prefix (assignment)</source>
      <translation>文号代字（交办）</translation>
    </message>
    <message>
      <source>Addressee (salutation)</source>
      <translation>主送（称呼）</translation>
    </message>
    <message>
      <source>Body (one paragraph a line)</source>
      <translation>正文（每行一段）</translation>
    </message>
    <message>
      <source>Body (assignment, one paragraph a line)</source>
      <translation>正文（交办，每行一段）</translation>
    </message>
    <message>
      <source>Closing words</source>
      <translation>结束语</translation>
    </message>
    <message>
      <source>Ground: not accepted again after the re-examination</source>
      <translation>依据：复核终结后不再受理</translation>
    </message>
    <message>
      <source>Ground: skipped a level</source>
      <translation>依据：越级走访</translation>
    </message>
    <message>
      <source>Ground: raised again with a higher level within the handling period</source>
      <translation>依据：办理期限内向上级重复提出</translation>
    </message>
    <message>
      <source>Ground: any other case</source>
      <translation>依据：其他情形</translation>
    </message>
    <message>
      <source>Feedback deadline (days)</source>
      <translation>反馈期限（日）</translation>
    </message>
    <message>
      <source>Signature rows (one a line)</source>
      <translation>签批栏（每行一栏）</translation>
    </message>
    <message>
      <source>Note on the stub</source>
      <translation>存根说明</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>“{label}” is not a document of one case.</source>
      <extracomment>Why the 「打印」 menu greys a document out (`services.reports.refusals.REASONS`), saying what to do. {label} is the document's name, {names} the documents with a copy for the unit reported on.</extracomment>
      <translation>「{label}」不是某一件信访件的文书。</translation>
    </message>
    <message>
      <source>“{label}” is a document for the petitioner and has no copy for the unit reported on. The documents with such a copy are: {names}.</source>
      <translation>「{label}」是给信访人的文书，没有送单位的版本。送单位的有：{names}。</translation>
    </message>
    <message>
      <source>This case has been voided: only its registration and handling sheet can be printed.</source>
      <translation>该信访件已作废，只能打印登记处理单。</translation>
    </message>
    <message>
      <source>This case has not been accepted yet, so there is no notice of acceptance to print. Record “Acceptance” first (or “Signed for” by the responsible unit).</source>
      <translation>本件尚未受理，不能打印受理告知书。请先办理「受理」（或由责任单位「签收」）。</translation>
    </message>
    <message>
      <source>An accusation is forwarded to the discipline inspection and supervision organ or another competent authority, without a notice of non-acceptance. Record “Forwarding” and print the forwarding slip.</source>
      <translation>检举控告类事项应转送纪检监察机关或有权处理的机关，不出具不予受理告知书。请办理「转送」，并打印转送单。</translation>
    </message>
    <message>
      <source>A matter for the courts is forwarded to the political and legal departments, or the petitioner is told to use litigation, arbitration, administrative reconsideration or another legal procedure, without a notice of non-acceptance. Record “Forwarding” or “Referral to legal procedure”.</source>
      <translation>涉法涉诉事项应转送政法部门，或告知信访人通过诉讼、仲裁、行政复议等法定途径解决，不出具不予受理告知书。请办理「转送」或「导入法定途径」。</translation>
    </message>
    <message>
      <source>This case has no decision not to accept it, so there is no notice of non-acceptance to print. Record “Non-acceptance” with its reason first.</source>
      <translation>本件没有不予受理的决定，不能打印不予受理告知书。请先办理「不予受理」并写明理由。</translation>
    </message>
    <message>
      <source>This case has not been forwarded or assigned yet, so there is no forwarding or assignment slip to print. Record “Forwarding” or “Assignment” first.</source>
      <translation>本件尚未转送或交办，不能打印转送/交办单。请先办理「转送」或「交办」。</translation>
    </message>
    <message>
      <source>This case has no extension, so there is no notice of extension to print. Record “Extension” first (with its reason and who approved it).</source>
      <translation>本件没有延期记录，不能打印延期告知书。请先办理「延期」（写明理由和批准人）。</translation>
    </message>
    <message>
      <source>This case has not been replied to yet, so there is no written reply to print. Record “Reply” first.</source>
      <translation>本件尚未答复，不能打印信访处理意见书。请先记录「答复」。</translation>
    </message>
    <message>
      <source>This case has no review opinion, so there is none to print. Record “Review decision” first.</source>
      <translation>本件没有复查意见，不能打印复查意见书。请先记录「复查意见」。</translation>
    </message>
    <message>
      <source>This case has no re-examination opinion, so there is none to print. Record “Recheck decision” first.</source>
      <translation>本件没有复核意见，不能打印复核意见书。请先记录「复核意见」。</translation>
    </message>
    <message>
      <source>This case has no written reply, review opinion or re-examination opinion to deliver yet, so there is no proof of delivery to print. Record “Reply”, “Review decision” or “Recheck decision” first.</source>
      <translation>本件还没有需要送达的处理意见书、复查意见书或复核意见书，不能打印送达回证。</translation>
    </message>
    <message>
      <source>This case has not been forwarded or assigned to a responsible unit, so there is no one to supervise. Record “Forwarding” or “Assignment” first.</source>
      <translation>本件尚未转送、交办给责任单位，没有督办对象。请先办理「转送」或「交办」。</translation>
    </message>
    <message>
      <source>A case registered at this level needs no completion report to the higher level: only cases forwarded, assigned or supervised from above do.</source>
      <translation>本级登记的信访件无需向上级报送办结报告，只有上级转送、交办、督办的信访件才需要。</translation>
    </message>
    <message>
      <source>This case has not been replied to or completed yet, so there is no completion report to print. Print it after the reply, the mediation or the completion.</source>
      <translation>本件尚未答复或办结，不能打印办结报告。请在答复、调解或办结后再打印。</translation>
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
      <translation>%1（送被反映对象，不含信访人信息）</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <source>New password for %s (to be changed at the next log-in):</source>
      <translation>%s 的新密码（下次登录时须修改）：</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>新密码：</translation>
    </message>
    <message>
      <source>Password again:</source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <source>The two passwords differ. Type them again.</source>
      <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
  </context>
  <context>
    <name>ReviewBoardModel</name>
    <message>
      <source>Tier</source>
      <extracomment>How many more rows of a group the tree is offered at a time.</extracomment>
      <translation>色级</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
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
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>红黄理由</translation>
    </message>
    <message>
      <source>Meeting's decision</source>
      <translation>研判结论</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任单位／包案</translation>
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
      <translation>色级</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>属地</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>责任单位</translation>
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
      <translation>清除筛选</translation>
    </message>
    <message>
      <source>Enter or a double-click opens the case; “Review…” (Ctrl+R) records the meeting's decision.</source>
      <translation>回车或双击打开信访件；「研判…」（Ctrl+R）记录研判会的结论。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Review… (Ctrl+R)</source>
      <translation>研判…（Ctrl+R）</translation>
    </message>
    <message>
      <source>Meetings…</source>
      <translation>研判会…</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Red and yellow</source>
      <translation>红和黄</translation>
    </message>
    <message>
      <source>Never reviewed</source>
      <translation>未经研判</translation>
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
      <translation>请先在列表中选择一件信访件。</translation>
    </message>
    <message>
      <source>%s is closed and only owes the higher level its report: the meeting cannot set its tier.</source>
      <translation>%s 已办结，只需向上级报送办结报告，研判会不能再设定其色级。</translation>
    </message>
  </context>
  <context>
    <name>RulesTab</name>
    <message>
      <source>In use</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Rule (article)</source>
      <translation>规则（依据）</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Save rules</source>
      <translation>保存规则</translation>
    </message>
    <message>
      <source>Rules version %s</source>
      <translation>规则版本 %s</translation>
    </message>
    <message>
      <source>Only an administrator can change the rules.</source>
      <translation>只有管理员可以修改评查规则。</translation>
    </message>
    <message>
      <source>Saved. Every case is judged again by the new rules.</source>
      <translation>已保存。全部信访件将按新规则重新评查。</translation>
    </message>
  </context>
  <context>
    <name>SavedMessage</name>
    <message>
      <source>Click to open the case</source>
      <extracomment>The preference that keeps the clerk on the form after 保存 instead of opening the new case. The clerk clicked the case number (carries the case's id).</extracomment>
      <translation>单击打开该信访件</translation>
    </message>
  </context>
  <context>
    <name>SearchKeeper</name>
    <message>
      <source>Indexing cases for search: %1 of %2</source>
      <extracomment>Registrations come in bursts; index once the burst is over rather than after each case. A catch-up ended (how many cases it indexed; -1 when it failed or was cancelled).</extracomment>
      <translation>正在为检索建立索引：%1 / %2 件</translation>
    </message>
    <message>
      <source>Search index up to date</source>
      <translation>检索索引已是最新</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Shortest password (characters)</source>
      <translation>密码最短长度（字符）</translation>
    </message>
    <message>
      <source>Kinds of characters a password needs (upper case, lower case, digits, others)</source>
      <translation>密码至少包含的字符种类（大写、小写、数字、其他）</translation>
    </message>
    <message>
      <source>Days a password lasts (0: for ever)</source>
      <translation>密码有效期（日，0 为不过期）</translation>
    </message>
    <message>
      <source>Wrong passwords in a row that lock an account</source>
      <translation>连续输错密码几次锁定账号</translation>
    </message>
    <message>
      <source>Minutes an account stays locked</source>
      <translation>账号锁定时长（分钟）</translation>
    </message>
    <message>
      <source>Idle minutes before the window locks</source>
      <translation>无操作多少分钟后锁定窗口</translation>
    </message>
    <message>
      <source>Folder of the automatic backups (empty: a backups folder beside the database)</source>
      <translation>自动备份的文件夹（空：数据库旁的 backups 文件夹）</translation>
    </message>
    <message>
      <source>Automatic backups: daily copies kept (days)</source>
      <translation>自动备份：保留最近几天的每日备份</translation>
    </message>
    <message>
      <source>Automatic backups: monthly copies kept (months)</source>
      <translation>自动备份：保留最近几个月的每月备份</translation>
    </message>
    <message>
      <source>Dashboard warning: days without a backup</source>
      <translation>工作台提醒：超过几天没有备份</translation>
    </message>
    <message>
      <source>Archive number pattern (may use {year}, {office_code}, {seq})</source>
      <translation>档号格式（可用 {year}、{office_code}、{seq}）</translation>
    </message>
    <message>
      <source>Office code</source>
      <translation>本单位代码</translation>
    </message>
    <message>
      <source>Collective visit threshold (people)</source>
      <translation>集体访人数标准（人）</translation>
    </message>
    <message>
      <source>Deadline to accept, forward or assign after registration (days)</source>
      <translation>登记后受理或转送、交办的期限（日）</translation>
    </message>
    <message>
      <source>Deadline for the responsible unit to inform the petitioner (days)</source>
      <translation>责任单位告知信访人的期限（日）</translation>
    </message>
    <message>
      <source>Deadline for the responsible unit to object (days)</source>
      <translation>责任单位提出异议的期限（日）</translation>
    </message>
    <message>
      <source>Deadline to handle and reply in writing (days, from acceptance)</source>
      <translation>办理并书面答复的期限（日，自受理之日起）</translation>
    </message>
    <message>
      <source>Extensions in total at most (days)</source>
      <translation>延期合计不超过（日）</translation>
    </message>
    <message>
      <source>Extensions per case at most</source>
      <translation>每件最多延期次数</translation>
    </message>
    <message>
      <source>Extensions run from the original last day (before any rest-day shift)</source>
      <translation>延期自原期限末日（顺延前）起算</translation>
    </message>
    <message>
      <source>Deadline to request a review (days, from receiving the written reply)</source>
      <translation>请求复查的期限（日，自收到书面答复之日起）</translation>
    </message>
    <message>
      <source>Deadline to give the review opinion (days)</source>
      <translation>提出复查意见的期限（日）</translation>
    </message>
    <message>
      <source>Deadline to request a recheck (days, from receiving the review opinion)</source>
      <translation>请求复核的期限（日，自收到复查意见之日起）</translation>
    </message>
    <message>
      <source>Deadline to give the recheck opinion (days)</source>
      <translation>提出复核意见的期限（日）</translation>
    </message>
    <message>
      <source>Deadlines counted in working days (the others in calendar days)</source>
      <translation>按工作日计算的期限（其余按自然日）</translation>
    </message>
    <message>
      <source>Natures the handling deadline, review and recheck apply to</source>
      <translation>适用办理期限和复查复核的性质</translation>
    </message>
    <message>
      <source>Yellow warning: deadline within (days)</source>
      <translation>黄色预警：距期限不超过（日）</translation>
    </message>
    <message>
      <source>Yellow warning: repeat petitions reaching (times)</source>
      <translation>黄色预警：重复访达到（次）</translation>
    </message>
    <message>
      <source>Tiers last computed on</source>
      <translation>红黄绿最近计算日期</translation>
    </message>
    <message>
      <source>Conformity rules switched off or reweighted (change them under Conformity review › Rules)</source>
      <translation>评查规则的开关和扣分（在 评查 › 规则 中修改）</translation>
    </message>
    <message>
      <source>Conformity last judged on</source>
      <translation>规范性评查最近计算日期</translation>
    </message>
    <message>
      <source>Satisfaction rate: evaluations counted as satisfied</source>
      <translation>群众满意率：计为满意的评价</translation>
    </message>
    <message>
      <source>One-time resolution: days watched for a repeat petition after completion</source>
      <translation>一次性化解率：办结后观察重复信访的天数</translation>
    </message>
    <message>
      <source>Indicators counted by registration date (not by deadline or date of the event)</source>
      <translation>按登记日期（而非到期或发生日期）归入统计期的指标</translation>
    </message>
    <message>
      <source>Document templates (change them with fazhi report templates)</source>
      <translation>文书模板（用 fazhi report templates 修改）</translation>
    </message>
    <message>
      <source>Ledger column mappings saved by the import (change them in the import wizard)</source>
      <translation>导入台账时保存的列对应关系（在导入向导中修改）</translation>
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
      <source>Outreach kinds</source>
      <translation>宣传活动类别</translation>
    </message>
    <message>
      <source>General</source>
      <translation>基本设置</translation>
    </message>
    <message>
      <source>Data safety</source>
      <translation>数据安全</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Everywhere</source>
      <extracomment>A step button's key: what it does is the step's name (translated as vocabulary).</extracomment>
      <translation>全程序</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Case detail and step forms</source>
      <translation>信访件详情与办理步骤</translation>
    </message>
    <message>
      <source>Register a petition (the channel last used)</source>
      <translation>登记信访件（上次使用的形式）</translation>
    </message>
    <message>
      <source>Register a visit</source>
      <translation>登记来访</translation>
    </message>
    <message>
      <source>Register a letter</source>
      <translation>登记来信</translation>
    </message>
    <message>
      <source>Register an online petition</source>
      <translation>登记网上信访</translation>
    </message>
    <message>
      <source>Register a phone call</source>
      <translation>登记来电</translation>
    </message>
    <message>
      <source>The case list</source>
      <translation>信访件列表</translation>
    </message>
    <message>
      <source>Search cases by number, name or words</source>
      <translation>按编号、姓名或字词检索信访件</translation>
    </message>
    <message>
      <source>Import the cases of an Excel ledger</source>
      <translation>导入 Excel 台账中的信访件</translation>
    </message>
    <message>
      <source>This list of shortcuts</source>
      <translation>本快捷键一览</translation>
    </message>
    <message>
      <source>Move to the next field (a new line in the details)</source>
      <translation>到下一栏（在详细内容中为换行）</translation>
    </message>
    <message>
      <source>Save and open the new case</source>
      <translation>保存并打开新登记的信访件</translation>
    </message>
    <message>
      <source>Save and register the next visitor</source>
      <translation>保存并登记下一件</translation>
    </message>
    <message>
      <source>Fill in a known petitioner from the latest case</source>
      <translation>按此人上次登记的信访件填入姓名、性别、电话、住址</translation>
    </message>
    <message>
      <source>Print the registration receipt (a typed visitor is saved first)</source>
      <translation>打印登记回执（已填写的先保存）</translation>
    </message>
    <message>
      <source>Record the step</source>
      <translation>记录该步骤</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Assess the chosen case</source>
      <translation>研判所选信访件</translation>
    </message>
    <message>
      <source>Outreach events</source>
      <translation>宣传活动</translation>
    </message>
    <message>
      <source>A new outreach event (there Ctrl+N does this)</source>
      <translation>新建宣传活动（在此页 Ctrl+N 用于此）</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>Does</source>
      <translation>作用</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>适用位置</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <source>Statistics and reports</source>
      <extracomment>A case was asked to be opened (from the cases behind a figure). The figures of the chosen period arrived (tests wait for it).</extracomment>
      <translation>统计报表</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <source>Indicator settings…</source>
      <translation>指标口径…</translation>
    </message>
    <message>
      <source>Registrations</source>
      <translation>信访总量（件次）</translation>
    </message>
    <message>
      <source>People</source>
      <translation>信访总量（人次）</translation>
    </message>
    <message>
      <source>Petitioners</source>
      <translation>信访人（人）</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已办结（件）</translation>
    </message>
    <message>
      <source>Collective visits</source>
      <translation>集体访（批次）</translation>
    </message>
    <message>
      <source>Click a figure (or press Enter on a row) to list the cases on each side of it.</source>
      <translation>点击数值、分子或分母（或在某一行按回车），列出分子和分母中的信访件。</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>Breakdowns</source>
      <translation>分类统计</translation>
    </message>
    <message>
      <source>Print documents</source>
      <translation>打印文书</translation>
    </message>
    <message>
      <source>Counting %1…</source>
      <translation>正在统计%1…</translation>
    </message>
    <message>
      <source>%1 a year earlier (%2)</source>
      <translation>去年同期 %1（同比 %2）</translation>
    </message>
    <message>
      <source>%1 to %2, as of %3; compared with %4 to %5.</source>
      <translation>统计时期 %1 至 %2，截至 %3；同比期间 %4 至 %5。</translation>
    </message>
    <message>
      <source>The figures could not be counted: %1</source>
      <translation>无法统计：%1</translation>
    </message>
    <message>
      <source>Listing the cases…</source>
      <translation>正在列出信访件…</translation>
    </message>
    <message>
      <source>Export the statistics</source>
      <translation>导出统计报表</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting the statistics…</source>
      <translation>正在导出统计报表…</translation>
    </message>
    <message>
      <source>Exported to %1</source>
      <translation>已导出到 %1</translation>
    </message>
  </context>
  <context>
    <name>StepBar</name>
    <message>
      <source>Next steps (Alt+letter):</source>
      <extracomment>The order of the buttons: the usual path first, then the rarer turns, then what any open case allows. Steps that change no state: set apart from the procedure's own. The buttons shown, by step kind, in order.</extracomment>
      <translation>可办理（Alt+字母）：</translation>
    </message>
    <message>
      <source>No step can be recorded on this case now.</source>
      <translation>该信访件现在没有可办理的步骤。</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <source>Optional</source>
      <extracomment>Keys of the editors that are not fields of the dataclass (and the service's names for them). The editors of the dataclass's fields, by field name, in the order shown. Every message line, by the field (or DATE, NOTE, ATTACHMENTS) it belongs to. The editors Enter and Tab walk through, top to bottom, then 「记录」.</extracomment>
      <translation>选填</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Record %s (Ctrl+S)</source>
      <translation>记录%s（Ctrl+S）</translation>
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
      <translation>信访人自收到书面答复之日起 30 日内请求上一级机关复查。</translation>
    </message>
    <message>
      <source>Reviewing organ</source>
      <translation>复查机关</translation>
    </message>
    <message>
      <source>Requested on</source>
      <translation>请求日期</translation>
    </message>
    <message>
      <source>The request</source>
      <translation>请求书</translation>
    </message>
    <message>
      <source>The reviewing organ's decision; deliver it to the petitioner next.</source>
      <translation>复查机关的复查意见，随后送达信访人。</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>处理意见</translation>
    </message>
    <message>
      <source>The review decision</source>
      <translation>复查意见书</translation>
    </message>
    <message>
      <source>The petitioner asks for a recheck, within 30 days of the review decision.</source>
      <translation>信访人自收到复查意见之日起 30 日内请求复核。</translation>
    </message>
    <message>
      <source>Rechecking organ</source>
      <translation>复核机关</translation>
    </message>
    <message>
      <source>After the recheck the same facts and reasons are not accepted again.</source>
      <translation>复核后，信访人以同一事实和理由再次信访的，不再受理。</translation>
    </message>
    <message>
      <source>The recheck decision</source>
      <translation>复核意见书</translation>
    </message>
    <message>
      <source>Ends a matter whose answer was delivered (for example, accepted in writing).</source>
      <translation>终结答复已送达的事项（如信访人书面表示接受）。</translation>
    </message>
    <message>
      <source>Filing of a matter closed after the recheck with the province.</source>
      <translation>复核终结的事项向省级备案（三级终结）。</translation>
    </message>
    <message>
      <source>Date</source>
      <extracomment>The case's timeline (a 更正 names one of its steps). The cases of the matter (a 告知 of a repeat points to the open one). Where the case stands (deadlines, extensions left), when the caller has it. The case's current tier (a 研判 starts from it). The case's version as shown (CaseDetail.version): the step is refused if it changed since. One line that explains the step (English source, context StepForms). Labels of fields that read differently for this step than `FIELD_LABELS` says. Fields the program fills in (or that make no sense to type here). Fields asked first, in this order (the others follow in the dataclass's order). What the step's own date means.</extracomment>
      <translation>日期</translation>
    </message>
    <message>
      <source>Scans or documents of this step, if any</source>
      <extracomment>What is usually attached (shown beside the attachments).</extracomment>
      <translation>本步骤的扫描件或文书（如有）</translation>
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
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Unit's deadline</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>What the petitioner is told</source>
      <translation>告知内容</translation>
    </message>
    <message>
      <source>Open case of the matter</source>
      <translation>指向的在办信访件</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准负责人</translation>
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
      <source>Explanation</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>协议内容</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>处理意见</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Delivery method</source>
      <translation>送达方式</translation>
    </message>
    <message>
      <source>Signed for by the petitioner</source>
      <translation>信访人已签收</translation>
    </message>
    <message>
      <source>Satisfaction with the bureau</source>
      <translation>对信访部门的评价</translation>
    </message>
    <message>
      <source>Satisfaction with the unit</source>
      <translation>对责任单位的评价</translation>
    </message>
    <message>
      <source>Organ asked</source>
      <translation>受理机关</translation>
    </message>
    <message>
      <source>By a higher level</source>
      <translation>上级督办</translation>
    </message>
    <message>
      <source>Supervised by</source>
      <translation>督办单位或领导</translation>
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
      <source>How it was settled</source>
      <translation>办结情况</translation>
    </message>
    <message>
      <source>Report number</source>
      <translation>报告文号</translation>
    </message>
    <message>
      <source>Filing number</source>
      <translation>备案编号</translation>
    </message>
    <message>
      <source>What to correct</source>
      <translation>更正项目</translation>
    </message>
    <message>
      <source>Correct value</source>
      <translation>更正后的值</translation>
    </message>
    <message>
      <source>Step to correct</source>
      <translation>更正对象</translation>
    </message>
    <message>
      <source>Extended %1 time(s) by %2 days so far; %3 days are left.</source>
      <translation>已延期 %1 次、共 %2 日，还可延期 %3 日。</translation>
    </message>
    <message>
      <source>Approved by the head of the unit before the deadline; the reason must be told to the petitioner.</source>
      <translation>须在期限届满前经本单位负责人批准，并将延期理由告知信访人。</translation>
    </message>
    <message>
      <source>Extend by (days)</source>
      <translation>延长天数</translation>
    </message>
    <message>
      <source>The approval and the notice to the petitioner</source>
      <translation>批准文件及告知信访人的通知</translation>
    </message>
    <message>
      <source>A mediation or settlement agreement closes the matter.</source>
      <translation>达成调解或和解协议，事项办结。</translation>
    </message>
    <message>
      <source>The signed agreement</source>
      <translation>签字的协议书</translation>
    </message>
    <message>
      <source>The written reply (信访处理意见书); deliver it to the petitioner next.</source>
      <translation>出具信访处理意见书，随后送达信访人。</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答复意见</translation>
    </message>
    <message>
      <source>Replied on</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <source>The written reply</source>
      <translation>信访处理意见书</translation>
    </message>
    <message>
      <source>The window for a review request (30 days) starts the day after delivery. Leave 'signed' unticked when the petitioner refused to sign.</source>
      <translation>请求复查的期限（30 日）自送达次日起算。信访人拒绝签收的，不要勾选「信访人已签收」。</translation>
    </message>
    <message>
      <source>Delivered on</source>
      <translation>送达日期</translation>
    </message>
    <message>
      <source>The signed receipt (送达回证)</source>
      <translation>签字的送达回证</translation>
    </message>
    <message>
      <source>The petitioner's satisfaction, with the bureau and with the responsible unit.</source>
      <translation>信访人对信访部门和对责任单位的满意度评价。</translation>
    </message>
    <message>
      <source>Evaluated on</source>
      <translation>评价日期</translation>
    </message>
    <message>
      <source>Closes a matter answered without the handling period (suggestions, accusations).</source>
      <translation>办结不适用办理期限的事项（建议意见类、检举控告类）。</translation>
    </message>
    <message>
      <source>The report of the result to the higher level the case came from.</source>
      <translation>向转送、交办本件的上级报送办结报告。</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>办结报告</translation>
    </message>
    <message>
      <source>Accepting starts the handling period, counted from the day after the acceptance.</source>
      <translation>受理后开始计算办理期限，自受理次日起算。</translation>
    </message>
    <message>
      <source>The notice of acceptance, if one was given</source>
      <translation>受理告知书（如有）</translation>
    </message>
    <message>
      <source>The petitioner gets a written notice of non-acceptance that states the reason.</source>
      <translation>向信访人出具不予受理告知书，写明理由。</translation>
    </message>
    <message>
      <source>Reason (written in the notice)</source>
      <translation>理由（写入告知书）</translation>
    </message>
    <message>
      <source>The notice of non-acceptance</source>
      <translation>不予受理告知书</translation>
    </message>
    <message>
      <source>Forward the matter to the unit that must handle it; a deadline is optional.</source>
      <translation>转送有权处理的责任单位；办理期限可不填。</translation>
    </message>
    <message>
      <source>The forwarding letter</source>
      <translation>转送函</translation>
    </message>
    <message>
      <source>Assign the matter to a unit, which reports its result back by the deadline.</source>
      <translation>交办责任单位，责任单位须在期限内反馈办理结果。</translation>
    </message>
    <message>
      <source>Report back by</source>
      <translation>反馈期限</translation>
    </message>
    <message>
      <source>The assignment letter</source>
      <translation>交办函</translation>
    </message>
    <message>
      <source>The unit signs for the matter and must tell the petitioner within 15 days whether it handles it.</source>
      <translation>责任单位签收，并须在 15 日内告知信访人是否受理。</translation>
    </message>
    <message>
      <source>Received by the unit on</source>
      <translation>签收日期</translation>
    </message>
    <message>
      <source>A unit that finds the matter outside its remit may object within 5 working days of receiving it.</source>
      <translation>责任单位认为不属于其职责范围的，应自收到之日起 5 个工作日内提出异议。</translation>
    </message>
    <message>
      <source>Why it is not the unit's remit</source>
      <translation>不属本单位职责的理由</translation>
    </message>
    <message>
      <source>Tell the petitioner how the matter is handled; a repeat petition is told where its open case stands.</source>
      <translation>告知信访人办理情况；重复信访的，告知其在办信访件的进展。</translation>
    </message>
    <message>
      <source>Told on</source>
      <translation>告知日期</translation>
    </message>
    <message>
      <source>The matter leaves the petition procedure for the legal procedure chosen here.</source>
      <translation>事项导入所选的法定途径，不再按信访程序办理。</translation>
    </message>
    <message>
      <source>The petitioner withdraws the petition; the matter ends.</source>
      <translation>信访人撤回信访事项，办理结束。</translation>
    </message>
    <message>
      <source>The written withdrawal</source>
      <translation>书面撤回申请</translation>
    </message>
    <message>
      <source>Only for a registration made by mistake. The case keeps its number and its history.</source>
      <translation>仅用于误登记。信访件保留编号和办理记录。</translation>
    </message>
    <message>
      <source>What the mistake was</source>
      <translation>误登记的原因</translation>
    </message>
    <message>
      <source>Other (described in the reason)</source>
      <extracomment>The 研判 meeting is weekly: the next review a week on.</extracomment>
      <translation>其他（在理由中说明）</translation>
    </message>
    <message>
      <source>The case itself</source>
      <translation>信访件本身</translation>
    </message>
    <message>
      <source>Supervision of the handling; supervision by a higher level makes the case yellow.</source>
      <translation>对办理情况进行督办；上级督办的，信访件列为黄色。</translation>
    </message>
    <message>
      <source>What is asked</source>
      <translation>督办要求</translation>
    </message>
    <message>
      <source>The supervision notice</source>
      <translation>督办通知</translation>
    </message>
    <message>
      <source>The review meeting may set the tier either way; the automatic reasons stay visible beside it.</source>
      <translation>研判会可调高或调低色级；自动评定的理由仍同时显示。</translation>
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
      <translation>由领导包案，直至化解。</translation>
    </message>
    <message>
      <source>Steps are never changed: the correction is recorded as a step of its own.</source>
      <translation>已记录的步骤不会被修改：更正作为新的一步记录。</translation>
    </message>
    <message>
      <source>Why (or what, for 'other')</source>
      <translation>更正理由（选「其他」时写明更正内容）</translation>
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
      <translation>类别</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加人数</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通过人数</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>培训方式</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>服务时期</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>提供咨询</translation>
    </message>
    <message>
      <source>Cases reviewed</source>
      <translation>审查案件</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>法律顾问</translation>
    </message>
    <message>
      <source>Delete the selected study record</source>
      <translation>删除选中的学法记录</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Record legal study</source>
      <translation>登记学法</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <source>What was studied, or the name of the exam or training</source>
      <translation>学习内容，或考试、培训的名称</translation>
    </message>
    <message>
      <source>people</source>
      <translation>人</translation>
    </message>
    <message>
      <source>Training mode</source>
      <translation>培训方式</translation>
    </message>
    <message>
      <source>Legal adviser's service</source>
      <translation>法律顾问服务</translation>
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
      <translation>已保存：%s %s</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>已保存</translation>
    </message>
    <message>
      <source>Delete?</source>
      <translation>删除？</translation>
    </message>
    <message>
      <source>Delete the study record of %s “%s”?</source>
      <translation>删除 %s「%s」这条学法记录？</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
  </context>
  <context>
    <name>TemplatesTab</name>
    <message>
      <source>Save</source>
      <extracomment>The wording of a document was saved or reset.</extracomment>
      <translation>保存</translation>
    </message>
    <message>
      <source>Restore the default wording</source>
      <translation>恢复默认措辞</translation>
    </message>
    <message>
      <source>Document:</source>
      <translation>文书：</translation>
    </message>
    <message>
      <source>Default: %1</source>
      <translation>默认：%1</translation>
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
      <translation>可用的占位符：%1</translation>
    </message>
    <message>
      <source>Leave the office's name empty to use the name the office was set up with.</source>
      <translation>单位名称留空则使用本单位设置时的名称。</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>The default wording is back.</source>
      <translation>已恢复默认措辞。</translation>
    </message>
    <message>
      <source>Replace every field of this document with the program's default wording?</source>
      <translation>把这种文书的所有项目都恢复为程序的默认措辞吗？</translation>
    </message>
  </context>
  <context>
    <name>TierKeeper</name>
    <message>
      <source>Bringing deadlines and tiers up to date for today…</source>
      <extracomment>The longest the keeper waits before looking at the date again (a PC may sleep through midnight). A little after midnight, so the new day has surely begun. The re-tiering ended (its result; None when the tiers were already today's). The day the tiers were last brought up to date by this keeper.</extracomment>
      <translation>正在按今天重新计算期限和红黄绿…</translation>
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
      <translation>重大紧急</translation>
    </message>
    <message>
      <source>Threatens extreme action</source>
      <translation>扬言极端行为</translation>
    </message>
    <message>
      <source>Collective visit of %1 people</source>
      <translation>集体访 %1 人</translation>
    </message>
    <message>
      <source>Skipped a level</source>
      <translation>越级访</translation>
    </message>
    <message>
      <source>Went to a higher level</source>
      <translation>赴上级走访</translation>
    </message>
    <message>
      <source>Petitions again after the recheck</source>
      <translation>复核终结后仍信访</translation>
    </message>
    <message>
      <source>Repeat petition</source>
      <translation>重复访</translation>
    </message>
    <message>
      <source>Repeated %1 times</source>
      <translation>重复访 %1 次</translation>
    </message>
    <message>
      <source>Crosses regions, levels or sectors</source>
      <translation>三跨三分离</translation>
    </message>
    <message>
      <source>Owned by a leader (%1)</source>
      <translation>领导包案（%1）</translation>
    </message>
    <message>
      <source>Supervised from above</source>
      <translation>上级督办</translation>
    </message>
    <message>
      <source>Due in %1 days%2</source>
      <translation>%1 天后到期%2</translation>
    </message>
    <message>
      <source>No red or yellow factor</source>
      <translation>无红黄因素</translation>
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
      <translation>重复访 %1 次</translation>
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
      <translation>，%1年节假日安排未录入，只按周末推算</translation>
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
      <translation>研判定为%1</translation>
    </message>
    <message>
      <source> (automatic: %1)</source>
      <translation>（自动为%1）</translation>
    </message>
    <message>
      <source>: %1</source>
      <translation>：%1</translation>
    </message>
    <message>
      <source>no reason written</source>
      <translation>未写理由</translation>
    </message>
    <message>
      <source>; next review %1</source>
      <translation>；下次研判 %1</translation>
    </message>
    <message>
      <source>, lapsed: the automatic tier applies, review it again</source>
      <translation>，已过期，按自动色级，请重新研判</translation>
    </message>
    <message>
      <source>, due: review it again</source>
      <translation>，已到期，请重新研判</translation>
    </message>
    <message>
      <source>holidays of %1 not entered yet</source>
      <extracomment>A deadline's warning (`Due.warnings`), and the same with `calendar_warning`'s advice.</extracomment>
      <translation>%1年节假日安排未录入</translation>
    </message>
    <message>
      <source>Holidays of %1 not entered yet: the deadline counts weekends only, please check</source>
      <translation>%1年节假日安排未录入，期限只按周末推算，请核对</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
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
      <translation>所属乡镇</translation>
    </message>
    <message>
      <source>Last log-in</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>添加用户…</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>重置密码…</translation>
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
      <translation>锁定到 %s</translation>
    </message>
    <message>
      <source>must change password</source>
      <translation>须修改密码</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>启用</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Visit</source>
      <extracomment>lupdate reads contexts only as literals: QT_TRANSLATE_NOOP below spells it out. The English text of every member of every vocabulary, by vocabulary and code. Codes, not members, are the keys: members of different vocabularies with the same code compare equal (StrEnum).</extracomment>
      <translation>来访</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>来信</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>网上信访</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>来电</translation>
    </message>
    <message>
      <source>Leader reception</source>
      <translation>领导接访</translation>
    </message>
    <message>
      <source>Field visit</source>
      <translation>下访</translation>
    </message>
    <message>
      <source>Appointment</source>
      <translation>约访</translation>
    </message>
    <message>
      <source>Registered here</source>
      <translation>本级登记</translation>
    </message>
    <message>
      <source>Forwarded from above</source>
      <translation>上级转送</translation>
    </message>
    <message>
      <source>Assigned from above</source>
      <translation>上级交办</translation>
    </message>
    <message>
      <source>Supervised from above</source>
      <translation>上级督办</translation>
    </message>
    <message>
      <source>Leader's instruction</source>
      <translation>领导批示</translation>
    </message>
    <message>
      <source>12345 hotline</source>
      <translation>12345转办</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议意见类</translation>
    </message>
    <message>
      <source>Accusation</source>
      <translation>检举控告类</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>申诉求决类</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>转送</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>交办</translation>
    </message>
    <message>
      <source>Handle directly</source>
      <translation>直接办理</translation>
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
      <translation>予以支持</translation>
    </message>
    <message>
      <source>Explained</source>
      <translation>解释说明</translation>
    </message>
    <message>
      <source>Not supported</source>
      <translation>不予支持</translation>
    </message>
    <message>
      <source>Litigation</source>
      <translation>诉讼</translation>
    </message>
    <message>
      <source>Arbitration</source>
      <translation>仲裁</translation>
    </message>
    <message>
      <source>Administrative reconsideration</source>
      <translation>行政复议</translation>
    </message>
    <message>
      <source>Administrative ruling</source>
      <translation>行政裁决</translation>
    </message>
    <message>
      <source>Administrative confirmation</source>
      <translation>行政确认</translation>
    </message>
    <message>
      <source>Administrative licensing</source>
      <translation>行政许可</translation>
    </message>
    <message>
      <source>Administrative penalty</source>
      <translation>行政处罚</translation>
    </message>
    <message>
      <source>Other legal procedure</source>
      <translation>其他法定途径</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Basically satisfied</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <source>Dissatisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>Not evaluated</source>
      <translation>未评价</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>当面送达</translation>
    </message>
    <message>
      <source>By post</source>
      <translation>邮寄送达</translation>
    </message>
    <message>
      <source>Other means</source>
      <translation>其他方式</translation>
    </message>
    <message>
      <source>Principal petitioner</source>
      <translation>主访人</translation>
    </message>
    <message>
      <source>Co-petitioner</source>
      <translation>共同信访人</translation>
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
      <translation>县级</translation>
    </message>
    <message>
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>Township or subdistrict</source>
      <translation>乡镇（街道）</translation>
    </message>
    <message>
      <source>Village or community</source>
      <translation>村（社区）</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <source>Forwarded</source>
      <translation>已转交</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>已送达</translation>
    </message>
    <message>
      <source>Under review</source>
      <translation>复查中</translation>
    </message>
    <message>
      <source>Review delivered</source>
      <translation>已送达(复查)</translation>
    </message>
    <message>
      <source>Under recheck</source>
      <translation>复核中</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>Diverted</source>
      <translation>已导入</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation>已终结</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>登记</translation>
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
      <translation>转送</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>交办</translation>
    </message>
    <message>
      <source>Signed for</source>
      <translation>签收</translation>
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
      <translation>导入法定途径</translation>
    </message>
    <message>
      <source>Mediation agreement</source>
      <translation>调解协议</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>撤回</translation>
    </message>
    <message>
      <source>Voiding</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>送达</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>评价</translation>
    </message>
    <message>
      <source>Review request</source>
      <translation>复查请求</translation>
    </message>
    <message>
      <source>Review decision</source>
      <translation>复查意见</translation>
    </message>
    <message>
      <source>Recheck request</source>
      <translation>复核请求</translation>
    </message>
    <message>
      <source>Recheck decision</source>
      <translation>复核意见</translation>
    </message>
    <message>
      <source>Supervision</source>
      <translation>督办</translation>
    </message>
    <message>
      <source>Case review</source>
      <translation>研判</translation>
    </message>
    <message>
      <source>Leader takes charge</source>
      <translation>领导包案</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Completion report</source>
      <translation>办结报告</translation>
    </message>
    <message>
      <source>Termination</source>
      <translation>终结</translation>
    </message>
    <message>
      <source>Termination filing</source>
      <translation>三级终结备案</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>更正</translation>
    </message>
    <message>
      <source>Repeat linked</source>
      <translation>关联重复件</translation>
    </message>
    <message>
      <source>Red</source>
      <translation>红</translation>
    </message>
    <message>
      <source>Yellow</source>
      <translation>黄</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>绿</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>审计员</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>领导</translation>
    </message>
    <message>
      <source>Case officer</source>
      <translation>办理员</translation>
    </message>
    <message>
      <source>Township user</source>
      <translation>乡镇用户</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <source>Psychologist</source>
      <translation>心理咨询师</translation>
    </message>
    <message>
      <source>Registrar</source>
      <translation>登记员</translation>
    </message>
    <message>
      <source>Original decision upheld</source>
      <translation>维持原处理意见</translation>
    </message>
    <message>
      <source>Original decision changed</source>
      <translation>变更原处理意见</translation>
    </message>
    <message>
      <source>Revoked, to be handled again</source>
      <translation>撤销并责令重新办理</translation>
    </message>
    <message>
      <source>Acceptance deadline</source>
      <translation>受理转交期限</translation>
    </message>
    <message>
      <source>Notice deadline</source>
      <translation>告知期限</translation>
    </message>
    <message>
      <source>Assignment deadline</source>
      <translation>交办期限</translation>
    </message>
    <message>
      <source>Handling deadline</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Review deadline</source>
      <translation>复查期限</translation>
    </message>
    <message>
      <source>Recheck deadline</source>
      <translation>复核期限</translation>
    </message>
    <message>
      <source>Higher level's deadline</source>
      <translation>上级期限</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>未到期</translation>
    </message>
    <message>
      <source>No deadline</source>
      <translation>无期限</translation>
    </message>
    <message>
      <source>Group study</source>
      <translation>集中学法</translation>
    </message>
    <message>
      <source>Lecture</source>
      <translation>专题讲座</translation>
    </message>
    <message>
      <source>Leadership group study</source>
      <translation>中心组学习</translation>
    </message>
    <message>
      <source>Law exam</source>
      <translation>学法考试</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Online training</source>
      <translation>网络培训</translation>
    </message>
    <message>
      <source>In-person training</source>
      <translation>线下培训</translation>
    </message>
    <message>
      <source>Leader reception day</source>
      <translation>领导接访日</translation>
    </message>
    <message>
      <source>Joint reception</source>
      <translation>联合接访</translation>
    </message>
  </context>
</TS>