package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class StaticAssetsTest {

    private final StaticAssets assets = new StaticAssets();

    @Test
    void everyImportOfTheBodyEditorIsRewrittenToAFingerprintedModuleOfThisSite() {
        StaticAssets.Asset editor = assets.find("body-editor.mjs").orElseThrow();

        assertThat(editor.mediaType()).startsWith("text/javascript");
        String source = new String(editor.bytes(), StandardCharsets.UTF_8);
        assertThat(source).contains("from '/assets/prosemirror-model.mjs?v=");
        checkImports(editor, 0);
    }

    @Test
    void theLibrariesComeFromTheirWebJarsWithTheirOwnImportsRewritten() {
        String view = new String(assets.find("prosemirror-view.mjs").orElseThrow().bytes(), StandardCharsets.UTF_8);

        assertThat(view).contains("class EditorView").contains("from '/assets/prosemirror-model.mjs?v="
                + assets.find("prosemirror-model.mjs").orElseThrow().fingerprint() + "'");
        assertThat(assets.url("w3c-keyname.mjs")).matches("/assets/w3c-keyname\\.mjs\\?v=[0-9a-f]{12}");
    }

    @Test
    void unknownModulesAndFilesAreNotServed() {
        assertThat(assets.find("no-such-module.mjs")).isEmpty();
        assertThat(assets.find("modules.properties")).isEmpty();
        assertThat(assets.find("../messages.properties")).isEmpty();
    }

    private void checkImports(StaticAssets.Asset module, int depth) {
        assertThat(depth).as("import depth").isLessThan(10);
        Matcher imports = StaticAssets.IMPORT.matcher(new String(module.bytes(), StandardCharsets.UTF_8));
        while (imports.find()) {
            String target = imports.group(3);
            assertThat(target).as(module.name()).matches("/assets/[a-z0-9-]+\\.mjs\\?v=[0-9a-f]{12}");
            String name = target.substring("/assets/".length(), target.indexOf('?'));
            StaticAssets.Asset imported = assets.find(name).orElseThrow();
            assertThat(target).endsWith("?v=" + imported.fingerprint());
            checkImports(imported, depth + 1);
        }
    }
}
