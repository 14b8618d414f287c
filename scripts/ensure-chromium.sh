#!/usr/bin/env bash
# Browser tests drive Debian's Chromium with CJK fonts. Install them when missing (root on these machines).
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "浏览器测试需要 Chromium 和中文字体：请运行 sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
echo "正在安装 Chromium 和中文字体（apt-get，只需一次）…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
