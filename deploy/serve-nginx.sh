#!/bin/sh
# Serves a production build with deploy/nginx.conf on 127.0.0.1:$PORT (default 8080) until stopped.
# DIST is the build folder (default dist). nginx runs in the foreground with its own pid file and temp
# folders under .cache/nginx/<port>, so several can run at once. Installs Debian's nginx when missing.
set -eu
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
DIST="${DIST:-dist}"

fail() {
  echo "serve:nginx: $1" >&2
  exit 1
}

NGINX="$(command -v nginx || true)"
[ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
if [ -z "$NGINX" ]; then
  echo "serve:nginx: nginx not found; installing Debian's nginx package" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >&2 ||
    fail "could not install nginx with apt-get"
  NGINX=/usr/sbin/nginx
fi

[ -f "$DIST/index.html" ] || fail "no build in $DIST (run npm run build first)"
case "$PORT" in *[!0-9]*) fail "PORT must be a number, not \"$PORT\"" ;; esac

RUNTIME="$(pwd)/.cache/nginx/$PORT"
ROOT="$(cd "$DIST" && pwd)"
mkdir -p "$RUNTIME"
sed -e "s|\${HJELPEKART_RUNTIME}|$RUNTIME|g" \
  -e "s|\${HJELPEKART_ROOT}|$ROOT|g" \
  -e "s|\${HJELPEKART_LISTEN}|127.0.0.1:$PORT|g" \
  deploy/nginx.conf >"$RUNTIME/nginx.conf"

# Started as root, nginx would hand requests to workers running as "nobody", who cannot read a build in a private
# folder (a fresh clone under mktemp -d, say). This local server runs its workers as whoever started it.
GLOBAL="daemon off;"
[ "$(id -u)" -eq 0 ] && GLOBAL="$GLOBAL user root;"
"$NGINX" -t -q -e stderr -p "$RUNTIME" -c "$RUNTIME/nginx.conf" -g "$GLOBAL" || fail "deploy/nginx.conf does not pass nginx -t"
echo "serve:nginx: serving $ROOT on http://127.0.0.1:$PORT/ (Ctrl-C stops)"
exec "$NGINX" -e stderr -p "$RUNTIME" -c "$RUNTIME/nginx.conf" -g "$GLOBAL"
