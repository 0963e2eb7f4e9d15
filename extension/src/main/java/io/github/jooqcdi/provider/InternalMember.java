package io.github.jooqcdi.provider;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A member of a JPA provider's class that jooq-cdi uses although the provider does not promise to keep it (an
 * {@code internal} package, a non-public field, a member a later major version removed), named so that its presence
 * can be checked reflectively in the provider that runs: a missing one is reported at startup instead of a
 * {@code NoSuchMethodError} at the first query.
 *
 * @param type         the class's binary name
 * @param name         the member's name ({@code null} for the class itself and for {@link Kind#ONE_OF})
 * @param kind         what the member is
 * @param parameters   a method's parameter types (binary names)
 * @param returns      a method's return type (binary name), or {@code null} when any will do
 * @param value        a constant's value as jooq-cdi was compiled with it (javac copies it into our classes)
 * @param alternatives for {@link Kind#ONE_OF}, the members of which one suffices (the forms of one member in the
 *                     provider versions jooq-cdi runs on); else empty
 * @param beforeMajor  the member is needed only on provider versions below this major version (0: on all)
 */
public record InternalMember(String type, String name, Kind kind, List<String> parameters, String returns,
                             Object value, List<InternalMember> alternatives, int beforeMajor) {

    /** What a member is. */
    public enum Kind {
        /** the class itself */
        CLASS,
        /** a method, public or not, declared by the class or inherited */
        METHOD,
        /** a field of any visibility declared by the class or a superclass */
        FIELD,
        /** a public static field whose value jooq-cdi relies on */
        CONSTANT,
        /** any one of {@link #alternatives()} */
        ONE_OF
    }

    /** Checks the components and copies the lists. */
    public InternalMember {
        Objects.requireNonNull(type);
        Objects.requireNonNull(kind);
        parameters = List.copyOf(parameters);
        alternatives = List.copyOf(alternatives);
    }

    /** The class {@code type} itself. */
    public static InternalMember type(String type) {
        return new InternalMember(type, null, Kind.CLASS, List.of(), null, null, List.of(), 0);
    }

    /** A method of {@code type} (declared or inherited) with these parameter types and any return type. */
    public static InternalMember method(String type, String name, String... parameters) {
        return new InternalMember(type, name, Kind.METHOD, Arrays.asList(parameters), null, null, List.of(), 0);
    }

    /** A method of {@code type} (declared or inherited) with these parameter types returning {@code returns}. */
    public static InternalMember returning(String type, String name, String returns, String... parameters) {
        return new InternalMember(type, name, Kind.METHOD, Arrays.asList(parameters), Objects.requireNonNull(returns),
                null, List.of(), 0);
    }

    /** A field of {@code type} or of a superclass, of any visibility. */
    public static InternalMember field(String type, String name) {
        return new InternalMember(type, name, Kind.FIELD, List.of(), null, null, List.of(), 0);
    }

    /** A public static field of {@code type} holding {@code value}. */
    public static InternalMember constant(String type, String name, Object value) {
        return new InternalMember(type, name, Kind.CONSTANT, List.of(), null, value, List.of(), 0);
    }

    /** A member present when any of {@code alternatives} is (its type is the first one's). */
    public static InternalMember oneOf(InternalMember... alternatives) {
        if (alternatives.length < 2) {
            throw new IllegalArgumentException("one of needs two alternatives or more");
        }
        return new InternalMember(alternatives[0].type(), null, Kind.ONE_OF, List.of(), null, null,
                Arrays.asList(alternatives), 0);
    }

    /** This member, needed only on provider versions whose major version is below {@code major}. */
    public InternalMember before(int major) {
        return new InternalMember(type, name, kind, parameters, returns, value, alternatives, major);
    }

    /** Whether a provider of major version {@code major} needs this member (0, an unknown version: needs it). */
    public boolean neededOn(int major) {
        return beforeMajor == 0 || major < beforeMajor;
    }

    /** The members of {@code members} that the classes {@code loader} sees lack (or whose constant differs). */
    public static List<InternalMember> missing(List<InternalMember> members, ClassLoader loader) {
        return missing(members, loader, 0);
    }

    /**
     * The members of {@code members} that a provider of major version {@code major}, whose classes {@code loader}
     * sees, needs and lacks (or whose constant differs).
     */
    public static List<InternalMember> missing(List<InternalMember> members, ClassLoader loader, int major) {
        List<InternalMember> missing = new ArrayList<>();
        for (InternalMember member : members) {
            if (member.neededOn(major) && !member.presentIn(loader)) {
                missing.add(member);
            }
        }
        return missing;
    }

    /** Whether the class {@code loader} loads by this name has this member (it is not initialised). */
    public boolean presentIn(ClassLoader loader) {
        if (kind == Kind.ONE_OF) {
            return alternatives.stream().anyMatch(a -> a.presentIn(loader));
        }
        Class<?> owner;
        try {
            owner = Class.forName(type, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        try {
            return switch (kind) {
                case CLASS -> true;
                case METHOD -> hasMethod(owner);
                case FIELD -> field(owner) != null;
                case CONSTANT -> hasConstant(owner);
                case ONE_OF -> throw new AssertionError(kind);
            };
        } catch (LinkageError e) { // a member's type that cannot be loaded
            return false;
        }
    }

    private boolean hasMethod(Class<?> owner) {
        for (Method method : owner.getMethods()) {
            if (matches(method)) {
                return true;
            }
        }
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (matches(method)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(Method method) {
        return method.getName().equals(name)
                && Arrays.stream(method.getParameterTypes()).map(Class::getName).toList().equals(parameters)
                && (returns == null || method.getReturnType().getName().equals(returns));
    }

    private Field field(Class<?> owner) {
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    private boolean hasConstant(Class<?> owner) {
        Field field = field(owner);
        if (field == null || !Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
            return false;
        }
        try {
            return Objects.equals(field.get(null), value);
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CLASS -> "class " + type;
            case METHOD -> "method " + type + "#" + name + "(" + String.join(", ", parameters) + ")"
                    + (returns == null ? "" : " returning " + returns);
            case FIELD -> "field " + type + "#" + name;
            case CONSTANT -> "constant " + type + "#" + name + " = \"" + value + "\"";
            case ONE_OF -> "one of " + alternatives;
        };
    }
}
