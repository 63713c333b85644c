@echo off
rem Vitrine Studio launcher for Windows: builds on first use (or when sources changed), then runs.
rem   studio            open the desktop app
rem   studio demo       open the demo workspace on the bundled platform simulator
rem   studio COMMAND    run a CLI command headless (studio --help lists them)
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\vitrine-studio.jar"
set "BUILD="
if not exist "%JAR%" set BUILD=1
if not exist "%HERE%target\lib" set BUILD=1
if not defined BUILD (
  for /f %%i in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File '%HERE%src\main','%HERE%resources','%HERE%pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%i"=="0" set BUILD=1
)
if defined BUILD (
  echo Building Vitrine Studio ^(first run or sources changed^)... 1>&2
  call "%HERE%mvnw.cmd" -B -q -DskipTests package 1>&2 || (echo error: the build failed; needs a JDK 17 or newer. 1>&2 & exit /b 1)
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %VITRINE_JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%JAR%;%HERE%target\lib\*" io.vitrine.app.Launcher %*
