#!/usr/bin/env bash
# Builds Hydrascope's installable packages from the fat jar with the JDK's own tools:
#   1. jdeps finds the Java modules the jar uses; jlink links a trimmed runtime with them (plus what JavaFX and the
#      libraries reach by reflection) and a class-data-sharing archive for faster start-up;
#   2. on Linux with xvfb-run and xdotool, a training run opens the window on a small case cut from the sample and
#      records the classes it loads; the .deb turns that list into an application class-data archive when it is
#      installed (the archive must be made where the jar will live), which saves about half a second of start-up;
#   3. jpackage makes an app image: launcher, runtime, the jar, the bundled sample case, and the JavaFX and SQLite
#      native libraries taken out of the jar (so nothing is unpacked into the user's home or /tmp at start-up);
#   4. jpackage turns that app image into this operating system's installer(s).
# Normally run by Maven: mvn -B -Ppackage -DskipTests package   (see packaging/README.md)
#
# Usage: build-installer.sh --jar FILE --version VERSION [--dest DIR] [--types "app-image deb"] [--maintainer EMAIL]
#   --types       what to build; default for Linux "app-image deb", macOS "app-image dmg", Windows "app-image msi".
#                 "app-image" alone needs no packaging tools beyond the JDK.
#   --maintainer  e-mail address for the .deb's Maintainer field (jpackage writes "Unknown" without it).
# Environment: JAVA_HOME (a JDK 17+ with jmods; else the tools on PATH); JPACKAGE_VERBOSE=1 for jpackage's log.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"

jar="" version="" dest="" types="" maintainer=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --dest) dest="$2"; shift 2 ;;
    --types) types="$2"; shift 2 ;;
    --maintainer) maintainer="$2"; shift 2 ;;
    --jar=*) jar="${1#*=}"; shift ;;
    --version=*) version="${1#*=}"; shift ;;
    --dest=*) dest="${1#*=}"; shift ;;
    --types=*) types="${1#*=}"; shift ;;
    --maintainer=*) maintainer="${1#*=}"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build-installer: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "build-installer: --jar FILE is required and must exist (build it with mvn package)" >&2; exit 2
fi
[ -n "$version" ] || { echo "build-installer: --version is required" >&2; exit 2; }
if command -v cygpath >/dev/null 2>&1; then  # Git Bash on Windows: Maven passes C:\... paths
  jar="$(cygpath -u "$jar")"; [ -n "$dest" ] && dest="$(cygpath -u "$dest")"
fi
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
dest="${dest:-$(dirname "$jar")/installer}"
case "$(cd "$(dirname "$dest")" 2>/dev/null && pwd)/$(basename "$dest")" in
  /|/.|"$HOME"|"$repo"|"$repo/app")
    echo "build-installer: refusing to empty $dest; choose a build folder" >&2; exit 2 ;;
esac

# ---------------------------------------------------------------- the platform and its defaults
arch="$(uname -m)"
case "$(uname -s)" in
  Linux)  os=linux;   default_types="app-image deb"; icon="$here/linux/hydrascope.png"
          sqlite_os=Linux;   sqlite_lib=libsqlitejdbc.so ;;
  Darwin) os=macos;   default_types="app-image dmg"; icon="$here/macos/hydrascope.icns"
          sqlite_os=Mac;     sqlite_lib=libsqlitejdbc.dylib ;;
  MINGW*|MSYS*|CYGWIN*)
          os=windows; default_types="app-image msi"; icon="$here/windows/hydrascope.ico"
          sqlite_os=Windows; sqlite_lib=sqlitejdbc.dll ;;
  *) echo "build-installer: unsupported operating system $(uname -s)" >&2; exit 2 ;;
esac
case "$arch" in
  x86_64|amd64) sqlite_arch=x86_64 ;;
  aarch64|arm64) sqlite_arch=aarch64 ;;
  *) sqlite_arch="$arch" ;;
esac
types="${types:-$default_types}"

tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null 2>&1; then command -v "$1"
  else echo "build-installer: '$1' not found; it comes with a full JDK 17 or newer (set JAVA_HOME)" >&2; exit 2
  fi
}
jdeps="$(tool jdeps)"; jlink="$(tool jlink)"; jpackage="$(tool jpackage)"; jar_tool="$(tool jar)"

for t in $types; do
  if [ "$t" = deb ]; then
    for need in fakeroot dpkg-deb; do
      command -v "$need" >/dev/null 2>&1 || {
        echo "build-installer: a .deb needs '$need' (Debian packages fakeroot, dpkg-dev);" \
             "or build only the app image with -Dinstaller.types=app-image" >&2
        exit 2; }
    done
  fi
done

# Installer versions: Debian orders "0.1.0~SNAPSHOT" before "0.1.0"; Windows and macOS accept only numbers.
numeric_version="$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"
case "$os" in
  linux) package_version="${version/-/\~}" ;;
  *)     package_version="$numeric_version" ;;
esac
if [ "$os" = macos ] && [ "${numeric_version%%.*}" = 0 ]; then
  echo "build-installer: macOS bundles need a version starting at 1 (got $version); pass -Dinstaller.version=1.0.0" >&2
  exit 2
fi

name=Hydrascope
vendor="Hydrascope"
description="Investigation workbench for distillation campaigns in AI API logs"
main_class=io.hydrascope.Main
work="$dest/work"
rm -rf "$dest"
mkdir -p "$work/input"

# ---------------------------------------------------------------- 1. the app's files: jar, natives, sample
echo "[1/5] staging the jar, native libraries and the sample case"
cp "$jar" "$work/input/hydrascope.jar"
(
  cd "$work/input"
  # JavaFX keeps its natives at the jar's root and loads them from the jar's folder when they are there.
  javafx_natives=$("$jar_tool" tf hydrascope.jar | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
  sqlite_native="org/sqlite/native/$sqlite_os/$sqlite_arch/$sqlite_lib"
  # shellcheck disable=SC2086
  "$jar_tool" xf hydrascope.jar $javafx_natives "$sqlite_native"
  mv "$sqlite_native" . && rm -rf org
  # Loaded from the folder, so the jar need not carry them too (WebKit alone is over 100 MB unpacked), nor SQLite's
  # natives for other systems. Without a zip tool the jar keeps them: bigger, but it works the same.
  if command -v zip >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    zip -q -d hydrascope.jar $javafx_natives 'org/sqlite/native/*' >/dev/null
  fi
)
mkdir -p "$work/input/data-samples"
cp -R "$repo/data-samples/sample" "$work/input/data-samples/sample"
# The quicker start script that the .deb puts on the PATH (see linux/hydrascope.sh).
[ "$os" = linux ] && cp "$here/linux/hydrascope.sh" "$work/input/hydrascope.sh"

# ---------------------------------------------------------------- 2. a trimmed runtime
echo "[2/5] linking the runtime"
found="$("$jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
# Added to what jdeps sees, because they are reached by reflection, service loading or native code: JavaFX's AWT
# and Swing bridges and JavaScript hooks (java.desktop, jdk.unsupported.desktop, jdk.jsobject), XML and DOM for the
# PDF and SVG writers (java.xml, jdk.xml.dom), JNDI and JMX that logging and JDBC look up (java.naming,
# java.management), zip file systems and non-UTF-8 charsets (jdk.zipfs, jdk.charsets), and TLS with EC keys for
# report resources given as https URLs (java.net.http, jdk.crypto.ec). Together under 3 MB of the runtime.
extra="java.desktop,java.logging,java.naming,java.management,java.scripting,java.sql,java.xml,jdk.xml.dom"
extra="$extra,jdk.jsobject,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,java.net.http,jdk.charsets,jdk.zipfs"
modules="$(printf '%s,%s' "$found" "$extra" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
echo "      modules: $modules"
"$jlink" --add-modules "$modules" --output "$work/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive

# ---------------------------------------------------------------- 3. class list for start-up (Linux)
class_list="$work/input/hydrascope.classlist"
if [ "$os" = linux ] && command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
  echo "[3/5] training run: recording the classes the window loads"
  training="$work/training"
  mkdir -p "$training/home"
  training_java=("$work/runtime/bin/java" -Duser.home="$training/home" -Dhydrascope.home="$training/home/.hydrascope"
                 -Dorg.sqlite.lib.path="$work/input" -Dorg.sqlite.lib.name="$sqlite_lib"
                 -cp "$work/input/hydrascope.jar" "$main_class")
  # A small case cut from the sample (its accounts and first 5,000 lines of interactions) to open in the window.
  sample="$work/input/data-samples/sample"
  gzip -dc "$sample/interactions.csv.gz" | head -n 5001 > "$training/interactions.csv" || true
  if "${training_java[@]}" ingest --case "$training/training.hcase" "$sample/accounts.csv" \
       "$training/interactions.csv" >/dev/null 2>&1 \
     && xvfb-run -a -s "-screen 0 1600x1000x24" "$here/measure-startup.sh" --runs 1 --hold 6 --timeout 90 -- \
          env JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$class_list" \
          "${training_java[@]}" --case "$training/training.hcase" >/dev/null 2>&1 \
     && [ -s "$class_list" ]; then
    echo "      $(grep -c '^[a-z]' "$class_list") classes"
  else
    echo "      training run failed (no display or GTK?): packages built without an application class-data archive"
    rm -f "$class_list"
  fi
  rm -rf "$training"
else
  echo "[3/5] training run skipped (needs Linux, xvfb-run and xdotool): no application class-data archive"
fi

# ---------------------------------------------------------------- 4. the app image
echo "[4/5] app image"
# $APPDIR is expanded by the launcher to the folder holding the jar (lib/app on Linux).
java_options=(
  --java-options "-XX:MaxRAMPercentage=50"
  --java-options "-Dfile.encoding=UTF-8"
  --java-options "-Dhydrascope.sample=\$APPDIR/data-samples/sample"
  --java-options "-Dorg.sqlite.lib.path=\$APPDIR"
  --java-options "-Dorg.sqlite.lib.name=$sqlite_lib"
  # JVM warnings to stderr, so that stdout carries only what a command prints
  --java-options "-Xlog:disable" --java-options "-Xlog:all=warning:stderr"
)
# The archive made from the class list (by the .deb's postinst, or below for this app image in place).
[ -f "$class_list" ] && java_options+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/hydrascope.jsa")
common=(--name "$name" --app-version "$package_version" --vendor "$vendor" --description "$description"
        --copyright "Copyright the Hydrascope authors")
os_image=()
case "$os" in
  # A second launcher that keeps its console, for the command line (the main one is a windowed app).
  windows) os_image=(--add-launcher "hydrascope-cli=$here/windows/cli-launcher.properties") ;;
  macos)   os_image=(--mac-package-identifier io.hydrascope.Hydrascope --mac-package-name "$name") ;;
esac
"$jpackage" --type app-image --dest "$dest" "${common[@]}" ${os_image[@]+"${os_image[@]}"} \
  --input "$work/input" --main-jar hydrascope.jar --main-class "$main_class" \
  --runtime-image "$work/runtime" --icon "$icon" "${java_options[@]}"
case "$os" in
  macos) app_image="$dest/$name.app" ;;
  *)     app_image="$dest/$name" ;;
esac

# ---------------------------------------------------------------- 5. installers
for t in $types; do
  [ "$t" = app-image ] && continue
  echo "[5/5] $t"
  case "$t" in
    deb|rpm)
      "$jpackage" --type "$t" --app-image "$app_image" --dest "$dest" "${common[@]}" ${JPACKAGE_VERBOSE:+--verbose} \
        --icon "$icon" --resource-dir "$here/linux/resources" \
        --linux-package-name hydrascope --linux-app-category utils --linux-menu-group "Science;DataVisualization;" \
        --linux-shortcut --linux-package-deps libgtk-3-0 ${maintainer:+--linux-deb-maintainer "$maintainer"} ;;
    msi|exe)
      "$jpackage" --type "$t" --app-image "$app_image" --dest "$dest" "${common[@]}" ${JPACKAGE_VERBOSE:+--verbose} \
        --win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser --win-per-user-install \
        --win-upgrade-uuid 2b7f1d1e-5c1a-4f0e-9a3e-6f1f3c2d9b10 ;;
    dmg|pkg)
      "$jpackage" --type "$t" --app-image "$app_image" --dest "$dest" "${common[@]}" \
        --mac-package-identifier io.hydrascope.Hydrascope --mac-package-name "$name" ;;
    *) echo "build-installer: unknown type '$t'" >&2; exit 2 ;;
  esac
done

# The app image's own archive, made after the installers so that none of them carries it: an archive only works
# with the jar at the path it was made with, so the .deb makes its own in /opt/hydrascope.
if [ -f "$app_image/lib/app/hydrascope.classlist" ]; then
  app_dir="$app_image/lib/app"
  "$app_image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app_dir/hydrascope.classlist" \
    -XX:SharedArchiveFile="$app_dir/hydrascope.jsa" -cp "$app_dir/hydrascope.jar" >/dev/null 2>&1 \
    || echo "      could not make the app image's class-data archive; it starts without one"
fi

rm -rf "$work"
echo
echo "Built in $dest:"
du -sh "$app_image" | sed 's/^/  app image  /'
for f in "$dest"/*; do
  [ -f "$f" ] && du -h "$f" | sed 's/^/  installer  /'
done
exit 0
