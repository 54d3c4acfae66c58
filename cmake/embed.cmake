# cmake -DIN=file -DOUT=header -DNAME=symbol -P embed.cmake
# Writes `static const char NAME[]` holding the file's bytes.
file(READ "${IN}" _hex HEX)
string(LENGTH "${_hex}" _n)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" _bytes "${_bytes}")
math(EXPR _len "${_n} / 2")
file(WRITE "${OUT}" "/* generated from ${IN}; edit that file */\nstatic const char ${NAME}[${_len} + 1] = {\n${_bytes}0x00};\nstatic const unsigned ${NAME}_len = ${_len}u;\n")
