#!/usr/bin/env bash
# Builds a self-contained KSC Workbench app image with jpackage: the JDK's runtime plus the
# JavaFX modules (jars from the Maven repository on --module-path), our jar and its other
# dependencies on the class path, and our icon. Output: target/app-image/KSC-Workbench/
# ControlsFX reaches into JavaFX internals: with JavaFX as named modules it needs the exports below.
# Usage: packaging/build-app-image.sh            (Linux app image)
#        TYPE=deb packaging/build-app-image.sh   (a .deb instead; needs fakeroot and dpkg-deb)
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE=${TYPE:-app-image}
VERSION=$(sed -n "s#^  <version>\(.*\)</version>#\1#p" pom.xml | head -1)
mvn -B -q -DskipTests package
STAGE=target/jpackage
rm -rf "$STAGE" target/app-image
mkdir -p "$STAGE/input" "$STAGE/javafx"
# dependencies of the plain (unshaded) jar; the JavaFX ones go to the module path
mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$STAGE/deps"
mv "$STAGE"/deps/javafx-*-linux.jar "$STAGE/javafx/"
rm -f "$STAGE"/deps/javafx-*.jar
cp "$STAGE"/deps/*.jar "$STAGE/input/"
cp "target/ksc-workbench-$VERSION.jar" "$STAGE/input/ksc-workbench.jar"
# Monocle (on the class path) renders --snapshot headless; it reaches into javafx.graphics too
monocle_exports=()
for package in javafx.graphics/com.sun.glass.ui javafx.graphics/com.sun.glass.ui.delegate \
    javafx.graphics/com.sun.glass.events javafx.graphics/com.sun.glass.utils javafx.graphics/com.sun.javafx.util \
    javafx.base/com.sun.javafx.logging javafx.graphics/com.sun.prism javafx.graphics/com.sun.javafx.application; do
  monocle_exports+=(--java-options "--add-exports=$package=ALL-UNNAMED")
done
jpackage --type "$TYPE" \
  --name KSC-Workbench \
  --app-version "$VERSION" \
  --vendor "Kubernetes Storm Center" \
  --description "Attack trees to instrumented honeyclusters" \
  --icon icons/png/ksc-256.png \
  --input "$STAGE/input" \
  --main-jar ksc-workbench.jar \
  --main-class io.stormcenter.workbench.Main \
  --module-path "$STAGE/javafx" \
  --add-modules javafx.controls,javafx.fxml,javafx.swing,java.desktop,java.logging,java.naming,java.net.http,java.sql,jdk.crypto.ec,jdk.unsupported,java.management,jdk.management \
  --java-options "-Xss4m" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control.inputmap=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED" \
  "${monocle_exports[@]}" \
  --dest target/app-image
echo "built target/app-image/KSC-Workbench ($TYPE)"
