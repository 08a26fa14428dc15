#!/usr/bin/env bash
# Builds a real kube-apiserver and kube-controller-manager (Kubernetes 1.20.2) plus etcd 3.4.23
# from Debian's archive alone, once, into a cache outside the clone. Prints the bin folder.
# Idempotent: a complete cache is reused.
set -euo pipefail
CACHE=${KSC_K8S_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ksc-workbench/k8s-1.20.2}
BIN="$CACHE/bin"
if [ -x "$BIN/kube-apiserver" ] && [ -x "$BIN/kube-controller-manager" ] && [ -x "$BIN/etcd" ]; then
  echo "$BIN"; exit 0
fi
mkdir -p "$CACHE"/{apt/lists/partial,apt/cache/archives/partial,debs,tools,src,bin}
cd "$CACHE"
# Debian's own mirror as configured on this machine, used as a deb-src entry in a private apt state
MIRROR=$(awk '/^URIs:/{u=$2} /^Suites:/{ if ($0 ~ / bookworm( |$)/) {print u; exit} }' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 || true)
[ -n "$MIRROR" ] || MIRROR=$(awk '$1=="deb" && $3=="bookworm"{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$MIRROR" ] || { echo "no Debian bookworm mirror configured in /etc/apt" >&2; exit 1; }
echo "deb-src $MIRROR bookworm main" > apt/sources.list
APT=(-o Dir::Etc::sourcelist="$CACHE/apt/sources.list" -o Dir::Etc::sourceparts=/nonexistent
     -o Dir::State::Lists="$CACHE/apt/lists" -o Dir::Cache="$CACHE/apt/cache")
apt-get "${APT[@]}" update -qq >&2
[ -f src/kubernetes_1.20.5+really1.20.2.orig.tar.gz ] || \
  (cd src && apt-get "${APT[@]}" source --download-only -qq kubernetes=1.20.5+really1.20.2-1.1+deb12u1 >&2)
(cd debs && apt-get download -qq golang-1.19-go golang-1.19-src etcd-server rsync libpopt0 golang-github-modern-go-reflect2-dev >&2)
for deb in debs/*.deb; do dpkg -x "$deb" tools; done
cp tools/usr/bin/etcd bin/
# rsync is needed by the upstream Makefile; run the unpacked one with its unpacked libpopt
printf '#!/bin/sh\nLD_LIBRARY_PATH=%s/tools/usr/lib/x86_64-linux-gnu exec %s/tools/usr/bin/rsync "$@"\n' "$CACHE" "$CACHE" > tools/rsync
chmod +x tools/rsync
rm -rf src/kubernetes-1.20.2
tar xzf src/kubernetes_1.20.5+really1.20.2.orig.tar.gz -C src
K=src/kubernetes-1.20.2
# The vendored reflect2 1.0.1 crashes under Go >= 1.18 (fault in mapiterinit); Debian's 1.0.2 does not.
rm -f $K/vendor/github.com/modern-go/reflect2/*.go $K/vendor/github.com/modern-go/reflect2/*.s
cp tools/usr/share/gocode/src/github.com/modern-go/reflect2/*.go tools/usr/share/gocode/src/github.com/modern-go/reflect2/*.s \
   $K/vendor/github.com/modern-go/reflect2/
export GOROOT="$CACHE/tools/usr/lib/go-1.19" PATH="$CACHE/tools:$CACHE/tools/usr/lib/go-1.19/bin:$PATH" \
       GOPROXY=off GOCACHE="$CACHE/gocache" CGO_ENABLED=0
unset GOPATH GOFLAGS
(cd $K && make WHAT="cmd/kube-apiserver cmd/kube-controller-manager" GOLDFLAGS="-s -w" >&2)
cp $K/_output/bin/kube-apiserver $K/_output/bin/kube-controller-manager bin/
rm -rf "$K" gocache   # sources and build cache are ~2 GB; the binaries are all we keep
"$BIN/kube-apiserver" --version >&2
echo "$BIN"
