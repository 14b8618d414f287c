#!/usr/bin/env bash
# Browser and deploy tests drive Debian's Chromium with CJK fonts and serve the built site with Debian's nginx
# (tests/security/nginx-deploy.test.ts). Install what is missing (root on these machines).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# grep -c reads all of fc-list: with pipefail, grep -q would close the pipe early and fc-list's SIGPIPE would count as "missing".
[ "$(fc-list 2>/dev/null | grep -ci "Noto Sans CJK")" -gt 0 ] || missing+=(fonts-noto-cjk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "浏览器和部署测试需要 ${missing[*]}：请运行 sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "正在安装 ${missing[*]}（apt-get，只需一次）…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# nginx is only started by the tests, on a free port: keep Debian's package from starting (or failing to start) its own service.
if [[ " ${missing[*]} " == *" nginx "* ]] && [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq "${missing[@]}" >/dev/null
