package dev.editstudio.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a view, read by {@link AccessPolicy#canView}. Views use this rather than
 * {@code @RolesAllowed}: Quarkus binds its security interceptor to {@code @RolesAllowed} beans, and a Vaadin view
 * (a CDI bean here) is called without the REST security identity, so the interceptor would refuse everyone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewRoles {

    /** Role names, as in {@link Role}, case-insensitive. */
    String[] value();
}
