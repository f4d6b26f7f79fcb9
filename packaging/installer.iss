; Inno Setup 6 script: a per-user install of the bundle, no administrator rights needed.
; Build on Windows after `python packaging\build.py` (packaging/README.md):
;   iscc packaging\installer.iss
; The version is read from the bundle's fazhi-desktop.exe (its version resource is stamped by the spec
; from fazhi_desktop.__version__), so the package keeps the one version number.

; ArchitecturesAllowed=x64compatible (below) needs Inno Setup 6.3 or later.
#if VER < EncodeVer(6,3,0)
  #error 需要 Inno Setup 6.3 或更新的版本（jrsoftware.org）
#endif

#define AppName "法治信访"
#define AppExe "fazhi-desktop.exe"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\fazhi-desktop"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error 找不到 dist\fazhi-desktop\fazhi-desktop.exe 的版本信息：请先运行 python packaging\build.py
#endif

[Setup]
; Fixed forever: Windows finds the installed copy by this id to upgrade or uninstall it.
AppId={{6B0F3C2E-4A57-4D1B-9E43-2F7C1A9D5E80}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user: no administrator prompt; {autopf} is then the user's own Programs folder.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\FazhiDesktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=fazhi-desktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\fazhi.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The program must not be running while its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; Our own Chinese messages over Inno Setup's English ones (packaging/ChineseSimplified.isl).
Name: "chinesesimplified"; MessagesFile: "compiler:Default.isl,ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program's own files: PyInstaller's _internal folder of the previous
; version goes first, so no library of the old version is left beside the new ones. The user's data
; is not here (it is in %LOCALAPPDATA%\fazhi-desktop) and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "信访件登记、办理、统计与报表"
Name: "{group}\卸载{#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed. The office database, its
; backups and the logs stay in the user's folders for a reinstall or a newer version.
