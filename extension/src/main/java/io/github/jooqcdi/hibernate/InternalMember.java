package io.github.jooqcdi.hibernate;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A member of a Hibernate class that jooq-cdi uses although Hibernate does not promise to keep it (an {@code internal}
 * package, a private field, a member a later major version removed), named so that its presence can be checked
 * reflectively in the Hibernate that runs: a missing one is reported at startup instead of a {@code NoSuchMethodError}
 * at the first query.
 *
 * @param type       the class's binary name
 * @param name       the member's name ({@code null} for the class itself)
 * @param kind       what the member is
 * @param parameters a method's parameter types (binary names)
 * @param value      a constant's value as jooq-cdi was compiled with it (javac copies it into our classes)
 * @param alternatives for {@link Kind#ONE_OF}, the members of which one suffices (the forms of one member in the
 *                     Hibernate versions jooq-cdi runs on); else empty
 */
record InternalMember(String type, String name, Kind kind, List<String> parameters, Object value,
                      List<InternalMember> alternatives) {

    /** What a member is. */
    enum Kind {
        /** the class itself */
        CLASS,
        /** a method, public or not, declared by the class or inherited */
        METHOD,
        /** a field of any visibility declared by the class or a superclass */
        FIELD,
        /** a static final field whose value jooq-cdi relies on */
        CONSTANT,
        /** any one of {@link #alternatives()} */
        ONE_OF
    }

    InternalMember {
        Objects.requireNonNull(type);
        Objects.requireNonNull(kind);
        parameters = List.copyOf(parameters);
        alternatives = List.copyOf(alternatives);
    }

    static InternalMember type(String type) {
        return new InternalMember(type, null, Kind.CLASS, List.of(), null, List.of());
    }

    static InternalMember method(String type, String name, String... parameters) {
        return new InternalMember(type, name, Kind.METHOD, Arrays.asList(parameters), null, List.of());
    }

    static InternalMember field(String type, String name) {
        return new InternalMember(type, name, Kind.FIELD, List.of(), null, List.of());
    }

    static InternalMember constant(String type, String name, Object value) {
        return new InternalMember(type, name, Kind.CONSTANT, List.of(), value, List.of());
    }

    /** A member present when any of {@code alternatives} is (its type is the first one's). */
    static InternalMember oneOf(InternalMember... alternatives) {
        if (alternatives.length < 2) {
            throw new IllegalArgumentException("one of needs two alternatives or more");
        }
        return new InternalMember(alternatives[0].type(), null, Kind.ONE_OF, List.of(), null,
                Arrays.asList(alternatives));
    }

    /** The members of {@code members} that the classes {@code loader} sees lack (or whose constant differs). */
    static List<InternalMember> missing(List<InternalMember> members, ClassLoader loader) {
        List<InternalMember> missing = new ArrayList<>();
        for (InternalMember member : members) {
            if (!member.presentIn(loader)) {
                missing.add(member);
            }
        }
        return missing;
    }

    /** Whether the class {@code loader} loads by this name has this member (it is not initialised). */
    boolean presentIn(ClassLoader loader) {
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
                && Arrays.stream(method.getParameterTypes()).map(Class::getName).toList().equals(parameters);
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
            case METHOD -> "method " + type + "#" + name + "(" + String.join(", ", parameters) + ")";
            case FIELD -> "field " + type + "#" + name;
            case CONSTANT -> "constant " + type + "#" + name + " = \"" + value + "\"";
            case ONE_OF -> "one of " + alternatives;
        };
    }
}
