package io.github.jooqcdi.eclipselink;

import org.eclipse.persistence.platform.database.DatabasePlatform;

import java.lang.reflect.Method;

/**
 * The size EclipseLink's schema generation prints for a column type when the mapping declares none (e.g.
 * {@code DECIMAL(38)}, or {@code VARCHAR(255)} on platforms that require a size). EclipseLink 4 describes column types
 * with {@code FieldTypeDefinition}, which EclipseLink 5 replaced; it is read reflectively so that this class links on
 * both, and where it is missing sizes come from the mapping only.
 */
final class EclipseLinkDefaultSizes {

    /** The size and sub-size (scale) printed for a column. */
    record Size(int size, int subSize) {
    }

    private final DatabasePlatform platform;
    private final Method fieldTypeDefinition;

    EclipseLinkDefaultSizes(DatabasePlatform platform) {
        this.platform = platform;
        this.fieldTypeDefinition = method(platform.getClass(), "getFieldTypeDefinition", Class.class);
    }

    /**
     * The size the platform prints for a column of {@code type} given the mapping's {@code size} and
     * {@code subSize} (0 when not declared), or {@code null} when it prints none.
     */
    Size printed(Class<?> type, int size, int subSize) {
        Size declared = size > 0 ? new Size(size, subSize) : null;
        if (type == null || fieldTypeDefinition == null) {
            return declared;
        }
        try {
            Object definition = fieldTypeDefinition.invoke(platform, type);
            if (definition == null) {
                return declared;
            }
            boolean sizeAllowed = (Boolean) call(definition, "isSizeAllowed");
            boolean sizeRequired = (Boolean) call(definition, "isSizeRequired");
            if (!sizeAllowed || (size == 0 && !sizeRequired)) {
                return null;
            }
            return new Size(size != 0 ? size : (Integer) call(definition, "getDefaultSize"),
                    subSize != 0 ? subSize : (Integer) call(definition, "getDefaultSubSize"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return declared;
        }
    }

    private static Object call(Object target, String name) throws ReflectiveOperationException {
        return target.getClass().getMethod(name).invoke(target);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }
}
