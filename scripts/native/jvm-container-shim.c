/* Only for native builds with a native-image toolchain assembled from registry packages instead of GraalVM or
   Mandrel: that toolchain lacks two JVM entry points the JDK's static libjava (CgroupMetrics, pulled in by
   micrometer's system metrics) references. "Not containerized" matches its stubbed container support.
   Build: cc -c -O2 -fPIC scripts/native/jvm-container-shim.c -o target/jvm-container-shim.o
   Use:   -Dquarkus.native.additional-build-args=-H:NativeLinkerOption=$PWD/target/jvm-container-shim.o */
unsigned char JVM_IsUseContainerSupport(void) { return 0; }
unsigned char JVM_IsContainerized(void) { return 0; }
