# Debian package: `cpack -G DEB` in the build directory.
set(CPACK_PACKAGE_NAME "flashwright")
set(CPACK_PACKAGE_VENDOR "Flashwright")
set(CPACK_PACKAGE_CONTACT "Flashwright maintainers <maintainers@flashwright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workbench for flashing IoT devices")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "electronics")
include(CPack)
