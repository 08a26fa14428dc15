package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.AttackerProfile;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --profile NAME}: a built-in attacker profile by id or name. */
final class ProfileConverter implements ITypeConverter<AttackerProfile> {

    @Override
    public AttackerProfile convert(String value) {
        return AttackerProfile.byId(value).orElseThrow(() -> new TypeConversionException(
                "unknown attacker profile '" + value + "'; known: " + AttackerProfile.builtIns().stream()
                        .map(AttackerProfile::id).collect(Collectors.joining(", "))));
    }
}
