package io.github.postmortems.render;

import java.io.IOException;
import java.io.InputStream;

/** The theme's stylesheets, scripts and images under {@code assets/}. */
final class AssetPages implements PageSet {

    @Override
    public void write(Pages pages) throws IOException {
        Theme theme = pages.renderer().theme();
        for (String asset : theme.assets()) {
            try (InputStream in = theme.openAsset(asset)) {
                pages.out().copy("assets/" + asset, in);
            }
        }
    }
}
