package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TetragonHookNamesTest {

    @ParameterizedTest
    @CsvSource({
            "__x64_sys_setns, sys_setns",
            "__arm64_sys_setns, sys_setns",
            "__ia32_sys_setns, sys_setns",
            "__se_sys_setns, sys_setns",
            "__x64___se_sys_setns, sys_setns",
            "__do_sys_setns, sys_setns",
            "sys_setns, sys_setns",
            "security_file_permission, file_permission",
            "bpf_lsm_file_open, file_open",
            "bpf_lsm_security_file_open, file_open",
            "sec, sec",
            "b, b",
            "_, _",
            "tcp_connect, tcp_connect",
            "'', ''"})
    void a_symbol_stands_for_its_hook_past_the_prefixes_tetragon_and_the_kernel_add(String symbol, String hook) {
        assertThat(TetragonMatcher.hook(symbol)).isEqualTo(hook);
        assertThat(TetragonMatcher.sameHook(symbol, hook)).isTrue();
        assertThat(TetragonMatcher.sameHook(symbol, hook + "x")).isFalse();
    }
}
