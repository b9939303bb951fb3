#!/usr/bin/env bash
# Every user-visible string in ui/ goes through tr(): fails when a string literal is passed
# straight to setText, setToolTip, addAction, setWindowTitle, a QMessageBox and the like.
#
# A simple line-based check: it sees a literal on the same line as the call (clang-format keeps
# most calls on one line). Literals without letters ("–", "%1 – %2") and markup ("<b>%1</b>")
# pass; a line ending in `// tr-ok` is accepted as is (a proper name, a format).
#
# Usage: scripts/check-tr.sh [DIR]   (default: ui/ of this repository)
#        scripts/check-tr.sh --self-test
set -euo pipefail
cd "$(dirname "$0")/.."

calls='setText|setToolTip|setStatusTip|setWhatsThis|addAction|addMenu|setWindowTitle|setPlaceholderText|showMessage|setTitle|setTitleText|setLabelText|setAccessibleName|setAccessibleDescription|setInformativeText|QMessageBox::(warning|critical|information|question|about)'
# The call, any earlier arguments, then a literal that starts with a letter, bare or wrapped.
pattern="\\b(${calls})\\(([^;]*,\\s*)?(QStringLiteral\\(|QString\\(|QLatin1String\\(|QString::fromUtf8\\(|QString::fromLatin1\\()?\"[A-Za-z]"

scan() {
  # translate("Context", "Text") is translated: its context literal is not a finding.
  find "$1" -name '*.cpp' -o -name '*.h' | sort | xargs -r perl -ne '
    BEGIN { $p = shift @ARGV }
    my $line = $_;
    s/\btranslate\(\s*"[^"]*"\s*,/translate(/g;
    print "$ARGV:$.:$line" if /$p/;
    close ARGV if eof;' "$pattern" |
    grep -vE '//\s*tr-ok\s*$' || true
}

if [ "${1:-}" = "--self-test" ]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  mkdir -p "$dir/ui"
  cat >"$dir/ui/Good.cpp" <<'CPP'
button->setText(tr("Export"));
QMessageBox::warning(this, tr("Export failed"), tr("Try again, later."));
label->setText(QStringLiteral("–"));
label->setText(QStringLiteral("<b>%1</b>").arg(title));
setWindowTitle(QStringLiteral("Tunescope")); // tr-ok
QMessageBox::critical(nullptr, QApplication::translate("GuiApp", "Tunescope"), message);
CPP
  cat >"$dir/ui/Bad.cpp" <<'CPP'
button->setText(QStringLiteral("Export"));
button->setToolTip("Export this chart");
QMessageBox::warning(this, tr("Export failed"), QStringLiteral("Try again"));
menu->addAction(icon, QString("Copy"));
CPP
  found=$(scan "$dir/ui")
  if [ "$(grep -c 'Bad.cpp' <<<"$found")" -ne 4 ] || grep -q 'Good.cpp' <<<"$found"; then
    echo "check-tr self-test failed; the checker reported:" >&2
    echo "$found" >&2
    exit 1
  fi
  echo "check-tr self-test: 4 untranslated literals found, none in translated code"
  exit 0
fi

found=$(scan "${1:-ui}")
if [ -n "$found" ]; then
  echo "$found"
  echo "check-tr: user-visible string literals without tr() (above): wrap them in tr(), or end the" \
       "line with // tr-ok when the text must not be translated" >&2
  exit 1
fi
echo "check-tr: every user-visible literal in ${1:-ui} goes through tr()"
