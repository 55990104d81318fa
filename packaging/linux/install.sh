#!/bin/sh
# Install an unpacked VNR Desk tarball: the bundle to $PREFIX (default /opt/vnr-desk), a
# `vnr-desk` link in $BINDIR, the menu entry and icons under $DATADIR. Run from the unpacked
# directory; as root for a system-wide install, or with PREFIX/BINDIR/DATADIR under $HOME.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-/opt/vnr-desk}
BINDIR=${BINDIR:-/usr/local/bin}
DATADIR=${DATADIR:-/usr/local/share}

mkdir -p "$PREFIX" "$BINDIR" "$DATADIR/applications"
cp -a "$here/vnr-desk/." "$PREFIX/"
ln -sf "$PREFIX/vnr-desk" "$BINDIR/vnr-desk"
sed "s|^Exec=vnr-desk |Exec=$PREFIX/vnr-desk |" "$here/vnr-desk.desktop" \
    > "$DATADIR/applications/vnr-desk.desktop"
for size in 48 128 256; do
    mkdir -p "$DATADIR/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/vnr-desk-$size.png" "$DATADIR/icons/hicolor/${size}x${size}/apps/vnr-desk.png"
done
mkdir -p "$DATADIR/icons/hicolor/scalable/apps"
cp "$here/icons/vnr-desk.svg" "$DATADIR/icons/hicolor/scalable/apps/vnr-desk.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$DATADIR/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATADIR/icons/hicolor" 2>/dev/null || true
echo "VNR Desk installed in $PREFIX; vault and settings go to each user's own data directories."
