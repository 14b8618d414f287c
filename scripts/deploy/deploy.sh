#!/usr/bin/env bash
# Publishes dist/ to the target chosen by settings, not code: DEPLOY_TARGET = rsync | s3 (github-pages and
# gitea/forgejo pages are handled by their workflow steps). Secrets come from the CI host's secret store.
set -euo pipefail
target="${DEPLOY_TARGET:-}"
case "$target" in
  rsync)
    : "${DEPLOY_HOST:?需要设置 DEPLOY_HOST}" "${DEPLOY_PATH:?需要设置 DEPLOY_PATH}" "${DEPLOY_SSH_KEY:?需要设置 DEPLOY_SSH_KEY}"
    # act_runner images do not always ship rsync/ssh: install them from the runner's own Debian/Ubuntu packages.
    if ! command -v rsync >/dev/null || ! command -v ssh >/dev/null; then
      sudo=$(command -v sudo || true); $sudo apt-get update -qq && $sudo apt-get install -y -qq rsync openssh-client
    fi
    key=$(mktemp); trap 'rm -f "$key"' EXIT; printf '%s\n' "$DEPLOY_SSH_KEY" > "$key"; chmod 600 "$key"
    rsync -az --delete -e "ssh -i $key -o StrictHostKeyChecking=accept-new -p ${DEPLOY_PORT:-22}" dist/ "${DEPLOY_USER:-deploy}@${DEPLOY_HOST}:${DEPLOY_PATH%/}/"
    ;;
  s3)
    # 阿里云 OSS、腾讯云 COS、MinIO 都兼容 S3：设置 S3_ENDPOINT（如 https://oss-cn-beijing.aliyuncs.com）和 S3_BUCKET。
    : "${S3_BUCKET:?需要设置 S3_BUCKET}" "${S3_ENDPOINT:?需要设置 S3_ENDPOINT}" "${AWS_ACCESS_KEY_ID:?需要设置 AWS_ACCESS_KEY_ID}" "${AWS_SECRET_ACCESS_KEY:?需要设置 AWS_SECRET_ACCESS_KEY}"
    command -v aws >/dev/null || pip install --quiet awscli
    aws s3 sync dist/ "s3://${S3_BUCKET}/${S3_PREFIX:-}" --delete --endpoint-url "$S3_ENDPOINT" ${S3_REGION:+--region "$S3_REGION"}
    ;;
  pages-branch)
    # Gitea/Forgejo Pages (Codeberg pages-server and compatible) serve a branch: push dist/ to it.
    branch="${PAGES_BRANCH:-pages}"
    tmp=$(mktemp -d); cp -r dist/. "$tmp"; cd "$tmp"
    git init -q -b "$branch"; git add -A
    git -c user.name="${GIT_AUTHOR_NAME:-honor-roll}" -c user.email="${GIT_AUTHOR_EMAIL:-honor-roll@localhost}" commit -qm "发布网站"
    git push -f "${PAGES_REMOTE:?需要设置 PAGES_REMOTE（带令牌的仓库地址）}" "$branch"
    ;;
  ""|none)
    echo "DEPLOY_TARGET 未设置：只构建，不发布。" ;;
  *)
    echo "不认识的 DEPLOY_TARGET：$target（可选 rsync、s3、pages-branch；GitHub Pages 和 Gitea/Forgejo Pages 在工作流里设置）" >&2; exit 2 ;;
esac
