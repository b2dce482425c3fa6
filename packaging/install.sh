#!/bin/bash
# Install Airlock @VERSION@ from this release medium, with no network.
#
#   sudo ./install.sh                              check the medium, compare its fingerprint, install
#   sudo ./install.sh --fingerprint SHA256:HEX     the same, for scripts (no question asked)
#   ./install.sh --check [--fingerprint ...]       check the medium only; install nothing
#
# Every file is copied from the medium into a private directory and checked there against
# SHA256SUMS, so what is installed is what was checked, even if the medium changes meanwhile.
# APT then installs from that copy alone: no other source is consulted, the machine's own
# APT lists and caches are neither read nor changed.
set -euo pipefail
umask 077

VERSION="@VERSION@"
PACKAGE="airlock"
ROOT="/opt/airlock"
medium=$(dirname -- "$(readlink -f -- "$0")")
expected=""
check_only=0

refuse() {
    # A refusal: what was wrong, then what to do. Nothing has been installed.
    echo "install.sh: $1" >&2
    [ $# -lt 2 ] || echo "  $2" >&2
    echo "  Nothing was installed." >&2
    exit "${3:-1}"
}

failed() {
    # A failure once APT has started: say what APT left, and what to do.
    echo "install.sh: $1" >&2
    echo "  $2" >&2
    exit 1
}

usage() {
    sed -n '2,7s/^# \{0,1\}//p' "$0"
}

while [ $# -gt 0 ]; do
    case "$1" in
    --fingerprint)
        [ $# -ge 2 ] || refuse "--fingerprint needs a value." "Give it as SHA256: followed by 64 hex digits." 2
        expected="$2"
        shift 2
        ;;
    --fingerprint=*) expected="${1#--fingerprint=}"; shift ;;
    --check) check_only=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) refuse "unknown argument: $1" "See ./install.sh --help." 2 ;;
    esac
done
if [ -n "$expected" ]; then
    expected=$(printf '%s' "$expected" | tr 'A-Z' 'a-z' | sed 's/^sha256:/SHA256:/')
    printf '%s' "$expected" | grep -Eq '^SHA256:[0-9a-f]{64}$' \
        || refuse "--fingerprint $expected is not a fingerprint." "Give it as SHA256: followed by 64 hex digits." 2
fi

# -- the machine --------------------------------------------------------------------------------
if [ "$check_only" = 0 ]; then
    [ "$(id -u)" = 0 ] || refuse "this must run as root." "Run: sudo $0 $*"
    codename=$( (. /etc/os-release 2>/dev/null && echo "${ID:-}:${VERSION_ID:-}") || true)
    [ "$codename" = "debian:12" ] \
        || refuse "this medium is for Debian 12 (bookworm); this machine is ${codename:-unknown}." \
            "Use the Airlock medium made for this machine's system."
    arch=$(dpkg --print-architecture)
    [ "$arch" = amd64 ] || refuse "this medium is for amd64 machines; this one is $arch."
fi

# -- the medium ------------------------------------------------------------------------------------
[ -f "$medium/SHA256SUMS" ] || refuse "SHA256SUMS is missing from $medium." \
    "Copy the whole release folder onto the medium again."
work=$(mktemp -d /var/tmp/airlock-install.XXXXXXXX)
trap 'rm -rf -- "$work"' EXIT
mkdir -p "$work/medium"
cp -- "$medium/SHA256SUMS" "$work/medium/SHA256SUMS"
fingerprint="SHA256:$(sha256sum "$work/medium/SHA256SUMS" | cut -d' ' -f1)"

needed_kib=0
line_no=0
while IFS= read -r line || [ -n "$line" ]; do
    line_no=$((line_no + 1))
    if ! printf '%s\n' "$line" | grep -Eq '^[0-9a-f]{64}  [A-Za-z0-9._+~%-]+(/[A-Za-z0-9._+~%-]+)*$' \
        || printf '%s\n' "$line" | grep -Eq '(^|/)\.\.?(/|$)'; then
        refuse "SHA256SUMS line $line_no is not 'HASH  PATH' with a path inside the medium." \
            "The medium was altered or damaged: ask the publisher for a new copy."
    fi
    path=${line#*  }
    [ -f "$medium/$path" ] && [ ! -L "$medium/$path" ] \
        || refuse "$path is missing from the medium (SHA256SUMS lists it)." \
            "Copy the whole release folder onto the medium again."
    size=$(stat -c %s -- "$medium/$path")
    needed_kib=$((needed_kib + size / 1024 + 1))
done <"$work/medium/SHA256SUMS"
free_kib=$(df -Pk "$work" | awk 'NR==2 {print $4}')
[ "$free_kib" -gt $((needed_kib * 2)) ] \
    || refuse "/var/tmp has ${free_kib} KiB free; checking and installing needs about $((needed_kib * 2)) KiB." \
        "Free space on /var/tmp, then run install.sh again."

echo "Checking every file of the medium against SHA256SUMS ..."
while IFS= read -r line || [ -n "$line" ]; do
    hash=${line%%  *}
    path=${line#*  }
    mkdir -p -- "$work/medium/$(dirname -- "$path")"
    cp -- "$medium/$path" "$work/medium/$path"
    actual=$(sha256sum -- "$work/medium/$path" | cut -d' ' -f1)
    [ "$actual" = "$hash" ] || refuse "$path is not the file SHA256SUMS names: its SHA-256 is $actual, not $hash." \
        "The medium was altered or damaged: do not install from it; ask the publisher for a new copy."
done <"$work/medium/SHA256SUMS"
for required in apt/Packages apt/Release install.sh; do
    grep -Eq "^[0-9a-f]{64}  $required\$" "$work/medium/SHA256SUMS" \
        || refuse "SHA256SUMS does not list $required." "Ask the publisher for a new copy of the medium."
done
echo "Every file matches SHA256SUMS."
echo
echo "The fingerprint of this medium (the SHA-256 of its SHA256SUMS file) is:"
echo "  $fingerprint"

# -- the operator compares the fingerprint with the publisher's paper ---------------------------------
if [ -n "$expected" ]; then
    [ "$expected" = "$fingerprint" ] || refuse "the medium's fingerprint is not the one you gave ($expected)." \
        "Do not install from this medium; ask the publisher for a new copy."
    echo "It matches the fingerprint given with --fingerprint."
elif [ -t 0 ]; then
    echo "Compare it, character by character, with the fingerprint on the publisher's paper."
    printf 'Does it match? Type yes to go on: '
    read -r answer || answer=""
    [ "$answer" = yes ] || refuse "the fingerprint was not confirmed." \
        "Install only from a medium whose fingerprint matches the publisher's paper."
else
    refuse "there is no terminal to confirm the fingerprint on." \
        "Give it with --fingerprint SHA256:... (from the publisher's paper)." 2
fi
if [ "$check_only" = 1 ]; then
    echo "The medium is intact (--check: nothing installed)."
    exit 0
fi

# -- already installed? -----------------------------------------------------------------------------
installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Version}' "$PACKAGE" 2>/dev/null || true)
case "$installed" in
"ii  $VERSION")
    echo "Airlock $VERSION is already installed; nothing changed."
    exit 0
    ;;
"ii "*)
    have=${installed##* }
    if dpkg --compare-versions "$have" gt "$VERSION"; then
        refuse "Airlock $have is installed, newer than this medium's $VERSION." \
            "Nothing to do: a medium never installs an older Airlock."
    fi
    ;;
esac

# -- install from the checked copy alone ------------------------------------------------------------
# APT's downloads run as its own user (_apt), which must read the copy and write partial/.
(umask 022 && mkdir -p "$work/lists/partial" "$work/archives/partial" "$work/sources.list.d" "$work/preferences.d")
chmod 755 "$work" "$work/medium"
find "$work/medium/apt" -type d -exec chmod 755 {} +
find "$work/medium/apt" -type f -exec chmod 644 {} +
echo "deb [trusted=yes] file:$work/medium/apt ./" >"$work/sources.list"
apt_options=(
    -o "Dir::Etc::SourceList=$work/sources.list"
    -o "Dir::Etc::SourceParts=$work/sources.list.d"
    -o "Dir::Etc::PreferencesParts=$work/preferences.d"
    -o "Dir::State::Lists=$work/lists"
    -o "Dir::Cache::Archives=$work/archives"
    -o "Dir::Cache::pkgcache="
    -o "Dir::Cache::srcpkgcache="
    -o "APT::Install-Recommends=false"
    -o "APT::Install-Suggests=false"
    -o "Acquire::Languages=none"
)
echo
echo "Installing Airlock $VERSION and what it needs from the medium ..."
apt-get -q "${apt_options[@]}" update >"$work/apt-update.log" 2>&1 \
    || { cat "$work/apt-update.log" >&2; refuse "APT could not read the medium's repository."; }
DEBIAN_FRONTEND=noninteractive apt-get -q -y "${apt_options[@]}" install "$PACKAGE=$VERSION" \
    || failed "APT could not install Airlock from the medium (its messages are above)." \
        "Nothing from outside the medium was used; report the messages to the publisher."

version_line=$(/usr/bin/airlock --version 2>&1) \
    || failed "Airlock was installed but does not start: $version_line" "Report this to the publisher."
echo
echo "Installed: $version_line (in $ROOT; the command is /usr/bin/airlock)."
echo "Start it from the desktop menu (Airlock), or as the operator: airlock init --admin NAME"
echo "Accounts in the group airlock-update may update Airlock from signed app bundles"
echo "(usermod -aG airlock-update NAME); root always may."
