#!/bin/sh
# Installs the Debian 12 packages listed in .ci/packages that are missing.
set -eu
cd "$(dirname "$0")/.."
need=""
for p in $(grep -v '^#' .ci/packages); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
[ -z "$need" ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "== installing:$need"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
