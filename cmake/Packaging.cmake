# The Debian package: `cpack -G DEB` in a build folder makes tunescope_<version>_<arch>.deb with
# everything the install() rules put under the prefix (/usr). Depends comes from the shared
# libraries the binary actually links (dpkg-shlibdeps, package dpkg-dev).
# scripts/check-package.sh builds it and checks what it holds.
set(TUNESCOPE_PACKAGE_MAINTAINER "The Tunescope authors <tunescope@users.noreply.github.com>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tunescope)
set(CPACK_PACKAGE_VENDOR "The Tunescope authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tunescope_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TUNESCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Spotify login is kept in the desktop's keychain (Secret Service); without one, login offers a file.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc")
# The summary, then the long description, each line indented by one space as Debian wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${PROJECT_DESCRIPTION}
 Point Tunescope at the streaming-history export from Spotify's privacy page and get
 top artists, tracks, albums and genres by plays or minutes, listening over time, when
 you listen, and insights such as sessions, streaks and skips. Everything stays in a
 local SQLite database; a Spotify login (your own Client ID) is optional and adds
 Spotify's top lists and your latest plays, synced in the background by a systemd user
 timer when you enable it.")

include(CPack)
