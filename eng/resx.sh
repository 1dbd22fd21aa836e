#!/usr/bin/env bash
# Writes a .resx file from "Name<TAB>Value" lines on stdin: a quick way to add a resource file
# without an IDE. Values are XML-escaped.
set -euo pipefail
out=${1:?usage: eng/resx.sh FILE.resx < name<TAB>value lines}
{
  cat <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
EOF
  while IFS=$'\t' read -r name value; do
    [ -z "$name" ] && continue
    value=${value//&/"&amp;"}; value=${value//</"&lt;"}; value=${value//>/"&gt;"}
    printf '  <data name="%s" xml:space="preserve"><value>%s</value></data>\n' "$name" "$value"
  done
  echo '</root>'
} > "$out"
