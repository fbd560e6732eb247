#!/bin/sh
# Runs `./mvnw -B verify` on OpenJDK 21 where the machine is Debian 12 (bookworm), which ships no JDK 21.
#
# It takes Debian 13 (trixie)'s openjdk-21 packages and, because they need glibc 2.38 or later, runs each of the
# JDK's programs through Debian 13's own dynamic loader (libc6 2.41), unpacked beside it. Nothing is installed
# system-wide: everything lands under ${JDK21_DIR:-/tmp/openmla-jdk21}. Needs access to deb.debian.org, so it is not
# part of CI (.ci/run needs Maven Central only). Usage, from the repository root:
#
#   mla-it/compat/jdk21-debian.sh            # the whole build, mla-it host builds included
#   mla-it/compat/jdk21-debian.sh -Dinvoker.skip=true
set -eu
DIR=${JDK21_DIR:-/tmp/openmla-jdk21}
MIRROR=http://deb.debian.org/debian
JDK_VERSION=21.0.13+9-1~deb13u2
LIBC_VERSION=2.41-12+deb13u5
JDK=$DIR/root/usr/lib/jvm/java-21-openjdk-amd64
GLIBC=$DIR/glibc/usr/lib/x86_64-linux-gnu

if [ ! -x "$JDK/bin/java.real" ]; then
    mkdir -p "$DIR" && cd "$DIR"
    for deb in openjdk-21-jre-headless openjdk-21-jdk-headless; do
        curl -sSfO "$MIRROR/pool/main/o/openjdk-21/${deb}_${JDK_VERSION}_amd64.deb"
        dpkg -x "${deb}_${JDK_VERSION}_amd64.deb" root
    done
    curl -sSfO "$MIRROR/pool/main/g/glibc/libc6_${LIBC_VERSION}_amd64.deb"
    dpkg -x "libc6_${LIBC_VERSION}_amd64.deb" glibc
    # Debian keeps the JDK's configuration under /etc: copy it in place of the links
    find "$JDK" -type l -lname '/etc/*' | while read -r link; do
        target=$(readlink "$link")
        if [ -e "$DIR/root$target" ]; then rm "$link"; cp -r "$DIR/root$target" "$link"; fi
    done
    # the trust store comes from ca-certificates-java: take this machine's (Maven downloads over TLS)
    rm -f "$JDK/lib/security/cacerts"
    cp /etc/ssl/certs/java/cacerts "$JDK/lib/security/cacerts"
    # every program of the JDK, and the helper that starts processes, through the newer loader
    for prog in "$JDK"/bin/* "$JDK/lib/jspawnhelper"; do
        mv "$prog" "$prog.real"
        printf '#!/bin/sh\nexec %s --library-path %s:/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu %s "$@"\n' \
            "$GLIBC/ld-linux-x86-64.so.2" "$GLIBC" "$prog.real" > "$prog"
        chmod +x "$prog"
    done
    cd - > /dev/null
fi
"$JDK/bin/java" -version
JAVA_HOME=$JDK PATH=$JDK/bin:$PATH exec ./mvnw -B verify "$@"
