#!/usr/bin/env bash
# Static checks of the linked ESP8266 stub ELF, run by the build after every link:
#  - only .text (code, literal pools) in IRAM; .data (data and constants) and .bss in user DRAM;
#  - no undefined symbols; no data object in IRAM; no function outside .text except ROM ones;
#  - the link map puts only code input sections into .text and only data into .data;
#  - every direct call lands in .text; every call or jump through a literal (the -mlongcalls form)
#    lands in .text or the mask ROM. Calls through function pointers loaded from memory cannot be
#    followed statically and are only counted.
# Usage: check_image.sh <stub.elf> <stub.map> [<tool prefix, default xtensa-lx106-elf->]
set -euo pipefail

elf=${1:?usage: check_image.sh <stub.elf> <stub.map> [tool prefix]}
map=${2:?usage: check_image.sh <stub.elf> <stub.map> [tool prefix]}
prefix=${3:-xtensa-lx106-elf-}

for tool in nm readelf objdump; do
  command -v "${prefix}${tool}" >/dev/null ||
    { echo "check_image: ${prefix}${tool} not found; run scripts/setup-deps.sh" >&2; exit 2; }
done
[ -r "$elf" ] || { echo "check_image: cannot read $elf" >&2; exit 2; }
[ -r "$map" ] || { echo "check_image: cannot read $map" >&2; exit 2; }

fail=0
problem() { echo "check_image: $*" >&2; fail=1; }

sym() {
  local v
  v=$("${prefix}nm" "$elf" | awk -v n="$1" '$3 == n { print $1; exit }')
  [ -n "$v" ] || { echo "check_image: symbol $1 missing from $elf" >&2; exit 1; }
  echo $((16#$v))
}

text_start=$(sym _fws_text_start); text_end=$(sym _fws_text_end)
data_start=$(sym _fws_data_start); data_end=$(sym _fws_data_end); bss_end=$(sym _fws_bss_end)
bss_limit=$(sym _fws_bss_limit)
iram_limit=$(sym _fws_iram_limit); dram_limit=$(sym _fws_dram_limit)
entry=$(sym fws_esp_entry)
readonly IRAM_LO=$((0x40100000)) IRAM_HI=$((0x40110000))
readonly DRAM_LO=$((0x3FFE8000)) DRAM_HI=$((0x3FFFC000))
readonly ROM_LO=$((0x40000000)) ROM_HI=$((0x40010000))

[ "$entry" -eq "$text_start" ] || problem "the entry point is not the first word of .text"
[ "$text_end" -le "$iram_limit" ] || problem ".text ends past the IRAM region"
[ "$bss_end" -le "$bss_limit" ] || problem ".bss ends past its DRAM region"
[ "$bss_end" -le "$data_start" ] || problem ".bss reaches into .data"
[ "$data_end" -le "$dram_limit" ] || problem ".data ends past its DRAM region"

# 1. Allocated sections: name, address, size, flags.
while read -r name addr size flags; do
  a=$((16#$addr)); s=$((16#$size)); e=$((a + s))
  case "$name" in
    .text)
      [[ "$flags" == *X* ]] || problem ".text is not executable"
      if [ "$a" -lt "$IRAM_LO" ] || [ "$e" -gt "$IRAM_HI" ]; then problem ".text is outside IRAM"; fi ;;
    .data|.bss)
      [[ "$flags" != *X* ]] || problem "$name is executable"
      if [ "$a" -lt "$DRAM_LO" ] || [ "$e" -gt "$DRAM_HI" ]; then problem "$name is outside user DRAM"; fi ;;
    *)
      problem "unexpected allocated section $name at 0x$addr" ;;
  esac
done < <("${prefix}readelf" -SW "$elf" |
         sed -n 's/^ *\[ *[0-9]*\] *//p' |
         awk '$2 != "NULL" && NF >= 7 { if ($7 ~ /A/) print $1, $3, $5, $7 }')

# 2. Undefined symbols.
undefined=$("${prefix}nm" -u "$elf" || true)
[ -z "$undefined" ] || problem "undefined symbols: $(echo "$undefined" | awk '{print $NF}' | tr '\n' ' ')"

# 3. Symbols: data objects must not live in IRAM, functions must be in .text or the ROM.
while read -r value type name; do
  v=$((16#$value))
  if [ "$type" = OBJECT ] && [ "$v" -ge "$IRAM_LO" ] && [ "$v" -lt "$IRAM_HI" ]; then
    problem "data object $name is in IRAM (0x$value)"
  fi
  if [ "$type" = FUNC ] && ! { [ "$v" -ge "$text_start" ] && [ "$v" -lt "$text_end" ]; } &&
     ! { [ "$v" -ge "$ROM_LO" ] && [ "$v" -lt "$ROM_HI" ]; }; then
    problem "function $name at 0x$value is neither in .text nor in the ROM"
  fi
done < <("${prefix}readelf" -sW "$elf" | awk '$1 ~ /^[0-9]+:$/ && ($4 == "OBJECT" || $4 == "FUNC") { print $2, $4, $8 }')

# 4. Input sections per output section in the link map.
map_report=$(awk '
  /^[.][A-Za-z_]/ { out = $1; next }
  /^ [.][A-Za-z_]/ {
    name = $1
    if (out == ".text" && name !~ /^[.](entry[.]text|text|literal)([.]|$)/) print ".text got " name
    if (out == ".data" && name !~ /^[.](data|rodata)([.]|$)/) print ".data got " name
    if (out == ".bss" && name !~ /^([.](bss)([.]|$)|COMMON$)/) print ".bss got " name
  }' "$map")
[ -z "$map_report" ] || problem "misplaced input sections: $(echo "$map_report" | tr '\n' ';')"

# 5. Calls, from the disassembly. Literal pools sit inside .text and disassemble as noise, so every
#    word an l32r loads is known data and instructions overlapping one are skipped.
dis=$(mktemp)
trap 'rm -f "$dis"' EXIT
"${prefix}objdump" -d "$elf" > "$dis"
call_report=$(awk -v ts="$text_start" -v te="$text_end" -v rl="$ROM_LO" -v rh="$ROM_HI" '
  function num(h,    i, v) {
    v = 0; h = tolower(h)
    for (i = 1; i <= length(h); i++) v = v * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
    return v
  }
  function in_text(v) { return v >= ts && v < te }
  function in_rom(v) { return v >= rl && v < rh }
  # First pass: the literal words.
  FNR == NR {
    if ($0 ~ /^ *[0-9a-f]+:\t[0-9a-f]+ *\tl32r\t/) {
      split($0, f, "\t"); split(f[4], ops, ", "); split(ops[2], t, " ")
      lit[num(t[1])] = 1
    }
    next
  }
  /^[0-9a-f]+ <.*>:$/ { delete reg; next }
  /^ *[0-9a-f]+:\t/ {
    split($0, f, "\t")
    addr = num(substr(f[1], 1, index(f[1], ":") - 1))
    gsub(/ /, "", f[2]); len = length(f[2]) / 2
    for (w = addr - addr % 4; w < addr + len; w += 4) if (w in lit) next
    op = f[3]; operands = f[4]
    if (op == "l32r") {
      split(operands, ops, ", ")
      if (match(operands, /\([0-9a-f]+ /)) {
        reg[ops[1]] = num(substr(operands, RSTART + 1, RLENGTH - 2))
      }
      next
    }
    if (op == "call0") {
      split(operands, t, " "); v = num(t[1]); direct++
      if (!in_text(v)) printf "call0 at 0x%x goes to 0x%x outside .text\n", addr, v
      next
    }
    if (op == "callx0" || op == "jx") {
      r = operands
      if (r in reg) {
        v = reg[r]
        if (in_rom(v)) rom++; else if (in_text(v)) longcalls++
        else printf "%s at 0x%x goes to 0x%x outside .text and the ROM\n", op, addr, v
      } else {
        indirect++
      }
      next
    }
    # Anything else that names a register first writes it, except stores and branches.
    if (op !~ /^(s8i|s16i|s32i|s32i[.]n|s32e|s32ri|s32c1i|b.*|j|jx|ret.*|wsr.*|memw|nop.*)$/) {
      split(operands, ops, ", "); delete reg[ops[1]]
    }
  }
  END {
    printf "SUMMARY %d direct calls, %d calls into .text and %d into the ROM through literals, %d through registers not loaded from a literal (not followed)\n", direct, longcalls, rom, indirect
  }' "$dis" "$dis")
summary=$(echo "$call_report" | sed -n 's/^SUMMARY //p')
problems=$(echo "$call_report" | grep -v '^SUMMARY ' || true)
[ -z "$problems" ] || problem "$problems"

if [ "$fail" -ne 0 ]; then
  echo "check_image: $elf FAILED the static checks" >&2
  exit 1
fi
echo "check_image: OK: $summary"
