# Every target of ours calls fw_set_warnings(); CI builds with warnings as errors.
function(fw_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wcast-align
                         $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor -Woverloaded-virtual>)
  if(FW_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_USE_QSTRINGBUILDER
                             FW_VERSION="${PROJECT_VERSION}")
endfunction()
