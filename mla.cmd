@echo off
rem The OpenMLA command line on Windows. Runs the executable jar mla-cli\target\mla.jar, building it first if it is
rem missing (set MLA_REBUILD=1 to build again after changing sources):
rem   mla demo            an explained decision on a sample request and its next lifecycle steps
rem   mla --help          every command
rem Environment: JAVA_HOME (or java on the PATH), Java 17 or later. MLA_JAVA_OPTS: options for the JVM, by default
rem a modest heap (-Xmx256m); a document too large for it is refused with a one-line message and exit code 3.
rem A command runs once and exits, so the JVM is asked for its quick-start settings: the C1 compiler only, the serial
rem collector and the class-data sharing archive mla-cli\target\mla.jsa that the build makes with the jar (valid for that
rem jar and the JVM that built it; another JVM runs without it, more slowly). Set MLA_CDS=0 to run without it.
setlocal
set "MLA_ROOT=%~dp0"
set "MLA_JAR=%MLA_ROOT%mla-cli\target\mla.jar"

if "%MLA_REBUILD%"=="1" goto build
if exist "%MLA_JAR%" goto run

:build
echo mla: building the command line; this takes a minute... 1>&2
pushd "%MLA_ROOT%"
call mvnw.cmd -B -q -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package -pl mla-cli -am 1>&2
set "MLA_BUILD=%ERRORLEVEL%"
popd
if not "%MLA_BUILD%"=="0" (
  echo mla: the build failed ^(see above^). 1>&2
  exit /b 3
)

:run
if defined JAVA_HOME (
  set "MLA_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "MLA_JAVA=java"
)
if not defined MLA_JAVA_OPTS set "MLA_JAVA_OPTS=-Xmx256m"
set "MLA_JSA=%MLA_ROOT%mla-cli\target\mla.jsa"
set "MLA_QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if not "%MLA_CDS%"=="0" if exist "%MLA_JSA%" set "MLA_QUICK=%MLA_QUICK% -XX:SharedArchiveFile="%MLA_JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
"%MLA_JAVA%" %MLA_QUICK% %MLA_JAVA_OPTS% -jar "%MLA_JAR%" %*
exit /b %ERRORLEVEL%
