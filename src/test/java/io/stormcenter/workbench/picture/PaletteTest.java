package io.stormcenter.workbench.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The export palettes are the window theme's colour tokens, read from the theme's stylesheet. */
class PaletteTest {

    @Test
    void the_light_palette_is_primer_lights_tokens_with_translucent_ones_laid_over_its_background() {
        // given Primer light's tokens: -color-fg-default: #24292f, -color-success-emphasis: #2da44e,
        // -color-accent-muted: rgba(84, 174, 255, 0.4) over the canvas's -color-bg-subtle: #f6f8fa
        Palette light = Palette.LIGHT;
        assertThat(light.fgDefault()).isEqualTo("#24292f");
        assertThat(light.successEmphasis()).isEqualTo("#2da44e");
        assertThat(light.warningEmphasis()).isEqualTo("#bf8700");
        assertThat(light.bgDefault()).isEqualTo("#ffffff");
        // 0.4 * (84, 174, 255) + 0.6 * (246, 248, 250) = (181, 218, 252)
        assertThat(light.accentMuted()).isEqualTo("#b5dafc");
    }

    @Test
    void the_dark_palette_is_primer_darks_tokens_and_every_colour_is_opaque_hex() {
        Palette dark = Palette.DARK;
        assertThat(dark.bgDefault()).isEqualTo("#0d1117");
        assertThat(dark.fgDefault()).isNotEqualTo(Palette.LIGHT.fgDefault());
        for (Palette palette : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            for (var component : Palette.class.getRecordComponents()) {
                String colour;
                try {
                    colour = (String) component.getAccessor().invoke(palette);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                // java.awt.Color.decode (the PDF painter) and SVG 1.1 both read #rrggbb
                assertThat(colour).as(component.getName()).matches("#[0-9a-f]{6}");
            }
        }
    }

    @Test
    void a_token_may_name_another_and_an_unknown_token_is_a_clear_error() {
        ThemeTokens theme = ThemeTokens.parse("""
                .root {
                  -color-base-0: #fff;
                  -color-bg-subtle: #ffffff;
                  -color-bg-default: -color-base-0;
                  -color-shadow: rgba(0, 0, 0, 0.5);
                }
                .button { -color-bg-default: #000000; }
                """);
        assertThat(theme.colour("bg-default")).isEqualTo("#ffffff");
        assertThat(theme.colour("shadow")).isEqualTo("#808080");
        assertThatThrownBy(() -> theme.colour("fg-default")).hasMessageContaining("-color-fg-default");
    }
}
