; Simplified Chinese messages for the 法治信访 installer, written for this project (resources/LICENSES.md).
; Used as "compiler:Default.isl,ChineseSimplified.isl": a message not listed here keeps Inno Setup's
; English text, so this file translates what a clerk sees on the way through a normal install.

[LangOptions]
LanguageName=简体中文
LanguageID=$0804
LanguageCodePage=936

[Messages]
SetupAppTitle=安装
SetupWindowTitle=安装 - %1
UninstallAppTitle=卸载
UninstallAppFullTitle=%1 卸载
ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安装(&I)
ButtonOK=确定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonNo=否(&N)
ButtonFinish=完成(&F)
ButtonBrowse=浏览(&B)...
ButtonWizardBrowse=浏览(&R)...
ButtonNewFolder=新建文件夹(&M)
ExitSetupTitle=退出安装
ExitSetupMessage=安装尚未完成。如果现在退出，程序将不会被安装。%n%n您可以以后再运行安装程序完成安装。%n%n确定要退出安装吗？
WelcomeLabel1=欢迎安装 [name]
WelcomeLabel2=本向导将在您的电脑上安装 [name/ver]。%n%n安装只针对当前用户，不需要管理员权限。建议先关闭其他程序再继续。
WizardSelectDir=选择安装位置
SelectDirDesc=[name] 要安装到哪里？
SelectDirLabel3=安装程序将把 [name] 安装到下面的文件夹中。
SelectDirBrowseLabel=点击“下一步”继续。如果要选择其他文件夹，请点击“浏览”。
WizardSelectTasks=选择附加任务
SelectTasksDesc=需要执行哪些附加任务？
SelectTasksLabel2=请选择安装 [name] 时要执行的附加任务，然后点击“下一步”。
WizardReady=准备安装
ReadyLabel1=安装程序已准备好在您的电脑上安装 [name]。
ReadyLabel2a=点击“安装”开始安装；如需查看或更改设置，请点击“上一步”。
ReadyLabel2b=点击“安装”开始安装。
ReadyMemoDir=安装位置：
ReadyMemoTasks=附加任务：
WizardPreparing=正在准备安装
PreparingDesc=安装程序正在准备在您的电脑上安装 [name]。
WizardInstalling=正在安装
InstallingLabel=正在安装 [name]，请稍候……
FinishedHeadingLabel=[name] 安装完成
FinishedLabelNoIcons=[name] 已安装到您的电脑上。
FinishedLabel=[name] 已安装到您的电脑上。可以通过开始菜单或桌面上的图标运行它。
ClickFinish=点击“完成”退出安装。
StatusExtractFiles=正在复制文件……
StatusCreateIcons=正在创建快捷方式……
StatusUninstalling=正在卸载 %1……
ConfirmUninstall=确定要卸载 %1 吗？%n%n程序文件将被删除；您的信访数据、备份和日志保存在用户文件夹中，不会被删除。
UninstallStatusLabel=正在从您的电脑上卸载 %1，请稍候……
UninstalledAll=%1 已从您的电脑上卸载。
UninstalledMost=%1 已卸载。%n%n有些项目无法删除，可以手动删除它们。

[CustomMessages]
CreateDesktopIcon=在桌面上创建快捷方式(&D)
AdditionalIcons=快捷方式：
LaunchProgram=运行 %1
