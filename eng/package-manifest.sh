#!/usr/bin/env bash
# Builds the Teams app package (the zip uploaded in Teams or the Teams admin center) from manifest/:
#   eng/package-manifest.sh --bot-id GUID [--app-id GUID] [-o OUT.zip]
# --bot-id (or VPNBOT_BOT_ID) is the Microsoft App ID of the bot's Azure Bot registration; --app-id (or
# VPNBOT_APP_ID) is the Teams app's own id, the bot id when not given. Both replace the placeholder GUIDs of
# manifest/manifest.json in the packaged copy; the committed manifest is not changed. The zip holds, at its
# root, manifest.json and the icons and localization files it names. Default output:
# artifacts/vpnbot-teams-app.zip. Needs python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { echo "usage: eng/package-manifest.sh --bot-id GUID [--app-id GUID] [-o OUT.zip]" >&2; exit 2; }

bot_id="${VPNBOT_BOT_ID:-}"
app_id="${VPNBOT_APP_ID:-}"
output="$root/artifacts/vpnbot-teams-app.zip"
while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id) [ $# -ge 2 ] || usage; bot_id="$2"; shift 2 ;;
    --app-id) [ $# -ge 2 ] || usage; app_id="$2"; shift 2 ;;
    -o|--output) [ $# -ge 2 ] || usage; output="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "error: unknown argument '$1'" >&2; usage ;;
  esac
done

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
placeholder='00000000-0000-0000-0000-000000000000'
require_guid() { # description, option, variable, value
  if [ -z "$4" ]; then
    echo "error: no $1: pass $2 GUID or set $3" >&2; exit 2
  fi
  if ! [[ "$4" =~ $guid ]]; then
    echo "error: $2 ($3) '$4' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" >&2; exit 2
  fi
  if [ "$4" = "$placeholder" ]; then
    echo "error: $2 ($3) is the manifest's placeholder GUID; give the real id" >&2; exit 2
  fi
}
require_guid "bot id (the Microsoft App ID of the Azure Bot registration)" --bot-id VPNBOT_BOT_ID "$bot_id"
app_id="${app_id:-$bot_id}"
require_guid "app id" --app-id VPNBOT_APP_ID "$app_id"

command -v python3 >/dev/null || { echo "error: python3 is needed to build the package" >&2; exit 1; }
mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"

python3 - "$root/manifest" "$output" "$app_id" "$bot_id" <<'PY'
import json, sys, zipfile
from pathlib import Path

folder, output, app_id, bot_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8-sig"))
manifest["id"] = app_id
for bot in manifest.get("bots", []):
    bot["botId"] = bot_id

# Exactly what the manifest names: the icons and the localization files, flat at the zip's root.
localization = manifest.get("localizationInfo", {})
names = [manifest["icons"]["color"], manifest["icons"]["outline"]]
names += [n for n in [localization.get("defaultLanguageFile")] if n]
names += [language["file"] for language in localization.get("additionalLanguages", [])]
for name in names:
    if "/" in name or "\\" in name or not (folder / name).is_file():
        sys.exit(f"error: the manifest names '{name}', which is not a file in {folder}")

# Fixed timestamps make the same sources give the same zip.
def add(archive, name, data):
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.external_attr = 0o644 << 16
    archive.writestr(entry, data)

temporary = output.with_name(output.name + ".tmp")
with zipfile.ZipFile(temporary, "w") as archive:
    add(archive, "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    for name in names:
        add(archive, name, (folder / name).read_bytes())
temporary.replace(output)
print(f"{output}: manifest.json {' '.join(names)} (app id {app_id}, bot id {bot_id})")
PY
