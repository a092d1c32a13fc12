#!/bin/sh
# hydrascope: starts the installed Hydrascope, the command line with arguments and the window without, exactly as
# the jpackage launcher bin/Hydrascope does (same runtime, jar, main class and the Java options of
# lib/app/Hydrascope.cfg), minus that launcher's habit of asking rpm and dpkg which package owns it on every start
# (about 0.2 s). Installed as /usr/bin/hydrascope and used by the desktop entry.
set -f
self="$(readlink -f "$0")"
app="$(dirname "$self")"
root="$(dirname "$(dirname "$app")")"
cfg="$app/Hydrascope.cfg"
main="$(sed -n 's/^app\.mainclass=//p' "$cfg")"
# The options are written by packaging/build-installer.sh and contain no spaces; $APPDIR is the jar's folder.
opts="$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g")"
# shellcheck disable=SC2086
exec "$root/lib/runtime/bin/java" $opts -cp "$app/hydrascope.jar" "$main" "$@"
