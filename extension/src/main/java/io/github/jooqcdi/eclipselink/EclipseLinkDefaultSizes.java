package io.github.jooqcdi.eclipselink;

import org.eclipse.persistence.platform.database.DatabasePlatform;

/**
 * The size EclipseLink's schema generation prints for a column type when the mapping declares none (e.g.
 * {@code DECIMAL(38)}, or {@code VARCHAR(255)} on platforms that require a size), and none where the platform's type
 * takes no size. The platform's column types come from {@link EclipseLinkInternals#columnTypeSize}.
 */
final class EclipseLinkDefaultSizes {

    /** The size and sub-size (scale) printed for a column. */
    record Size(int size, int subSize) {
    }

    private final DatabasePlatform platform;

    EclipseLinkDefaultSizes(DatabasePlatform platform) {
        this.platform = platform;
    }

    /**
     * The size the platform prints for a column of {@code type} given the mapping's {@code size} and
     * {@code subSize} (0 when not declared), or {@code null} when it prints none.
     */
    Size printed(Class<?> type, int size, int subSize) {
        Size declared = size > 0 ? new Size(size, subSize) : null;
        if (type == null) {
            return declared;
        }
        EclipseLinkInternals.ColumnTypeSize definition = EclipseLinkInternals.columnTypeSize(platform, type);
        if (definition == null) {
            return declared;
        }
        if (!definition.sizeAllowed() || (size == 0 && !definition.sizeRequired())) {
            return null;
        }
        return new Size(size != 0 ? size : definition.defaultSize(),
                subSize != 0 ? subSize : definition.defaultSubSize());
    }
}
