# Install rules and the Debian package: `cpack -G DEB` in the build directory.
include(GNUInstallDirs)
set(FW_APP_ID io.github.flashwright.Flashwright)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${FW_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${FW_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/flashwright.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${FW_APP_ID}.svg)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/60-flashwright.rules
        DESTINATION lib/udev/rules.d)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/README.serial-access.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME "flashwright")
set(CPACK_PACKAGE_VENDOR "Flashwright")
set(CPACK_PACKAGE_CONTACT "Flashwright maintainers <maintainers@flashwright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workbench for flashing IoT devices")
set(CPACK_PACKAGE_DESCRIPTION "Guides you through backing up, flashing and verifying ESP8266/ESP32 plugs,\n Telink thermometers, nRF52 mesh nodes, Pycom modems and Zigbee devices,\n with a serial monitor, live log and byte views, and demo devices.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "flashwright")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "electronics")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bluez, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3-dbusmock")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://flashwright.invalid")
include(CPack)
