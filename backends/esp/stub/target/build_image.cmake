# Builds the ESP8266 stub image: compiles and links the ELF, extracts text.bin (IRAM) and data.bin
# (DRAM: .data and .rodata, contiguous), writes layout.json, reports the room left in each memory
# region and runs check_image.sh. Run by the build: cmake -DFWS_CONFIG=<config> -P build_image.cmake

include(${FWS_CONFIG})

set(elf ${FWS_OUT}/esp8266_stub.elf)
set(map ${FWS_OUT}/esp8266_stub.map)
set(text_bin ${FWS_OUT}/text.bin)
set(data_bin ${FWS_OUT}/data.bin)
set(layout_json ${FWS_OUT}/layout.json)
set(image_bin ${FWS_OUT}/image.bin)
set(all_outputs ${elf} ${map} ${text_bin} ${data_bin} ${layout_json} ${image_bin})

# A failed step must not leave outputs that look up to date.
file(REMOVE ${all_outputs})
function(fail text)
  file(REMOVE ${all_outputs})
  message(FATAL_ERROR "${text}")
endfunction()

execute_process(
  COMMAND ${FWS_CC} ${FWS_FLAGS} -Wl,-Map=${map} ${FWS_SOURCES} -o ${elf} -lgcc
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  set(hint "")
  if(err MATCHES "overflowed|will not fit")
    string(CONCAT hint
      "\nesp8266 stub: the image does not fit its memory regions (stub_iram for code, stub_dram "
      "for data and buffers; sizes in backends/esp/stub/target/esp8266.ld). Shrink the stub or "
      "move the regions; the lines above name the region and by how many bytes it overflowed.")
  endif()
  fail("${out}${err}${hint}")
endif()

foreach(section text data)
  execute_process(
    COMMAND ${FWS_OBJCOPY} -O binary -j .${section} ${elf} ${FWS_OUT}/${section}.bin
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    fail("esp8266 stub: objcopy could not extract .${section}: ${err}")
  endif()
endforeach()

execute_process(COMMAND ${FWS_NM} ${elf} RESULT_VARIABLE rc OUTPUT_VARIABLE symbols ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  fail("esp8266 stub: nm failed on ${elf}: ${err}")
endif()
foreach(name fws_esp_entry _fws_text_start _fws_text_end _fws_data_start _fws_data_end
             _fws_bss_start _fws_bss_end _fws_iram_limit _fws_bss_limit _fws_dram_limit)
  if(NOT symbols MATCHES "(^|\n)([0-9a-fA-F]+) [A-Za-z] ${name}\n")
    fail("esp8266 stub: symbol ${name} is missing from ${elf}")
  endif()
  math(EXPR value "0x${CMAKE_MATCH_2}")
  string(REGEX REPLACE "^(_fws_|fws_esp_)" "" key ${name})
  set(sym_${key} ${value})
endforeach()

file(SIZE ${text_bin} text_size)
file(SIZE ${data_bin} data_size)
math(EXPR text_span "${sym_text_end} - ${sym_text_start}")
math(EXPR data_span "${sym_data_end} - ${sym_data_start}")
if(NOT text_size EQUAL text_span OR NOT data_size EQUAL data_span)
  string(CONCAT msg "esp8266 stub: extracted sizes (text ${text_size} B, data ${data_size} B) "
                    "differ from the linker's (${text_span} B, ${data_span} B)")
  fail("${msg}")
endif()

# The build id is the SHA-256 of what the host uploads: text, then data.
execute_process(COMMAND ${CMAKE_COMMAND} -E cat ${text_bin} ${data_bin} OUTPUT_FILE ${image_bin}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  fail("esp8266 stub: could not concatenate the images")
endif()
file(SHA256 ${image_bin} build)
file(REMOVE ${image_bin})

file(WRITE ${layout_json} "{
  \"chip\": \"esp8266\",
  \"entry\": ${sym_entry},
  \"text_start\": ${sym_text_start},
  \"text_size\": ${text_size},
  \"data_start\": ${sym_data_start},
  \"data_size\": ${data_size},
  \"bss_start\": ${sym_bss_start},
  \"bss_end\": ${sym_bss_end},
  \"bss_limit\": ${sym_bss_limit},
  \"iram_limit\": ${sym_iram_limit},
  \"dram_limit\": ${sym_dram_limit},
  \"build\": \"${build}\"
}
")

math(EXPR iram_size "${sym_iram_limit} - ${sym_text_start}")
math(EXPR iram_left "${sym_iram_limit} - ${sym_text_end}")
math(EXPR bss_size "${sym_bss_end} - ${sym_bss_start}")
math(EXPR data_room "${sym_dram_limit} - ${sym_data_start}")
math(EXPR data_left "${sym_dram_limit} - ${sym_data_end}")
math(EXPR bss_room "${sym_bss_limit} - ${sym_bss_start}")
math(EXPR bss_left "${sym_bss_limit} - ${sym_bss_end}")
message(STATUS "esp8266 stub: text ${text_size} B of ${iram_size} B IRAM (${iram_left} B left); "
               "data+rodata ${data_size} B of ${data_room} B (${data_left} B left); "
               "bss ${bss_size} B of ${bss_room} B DRAM (${bss_left} B left)")

execute_process(
  COMMAND bash ${FWS_CHECK} ${elf} ${map} ${FWS_TOOL_PREFIX}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  fail("${out}${err}esp8266 stub: the image failed its static checks (target/check_image.sh)")
endif()
string(STRIP "${out}" out)
message(STATUS "esp8266 stub: ${out}")
