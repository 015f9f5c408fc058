package org.supplierportal.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every call of the annotated bean (or method) runs as the system actor ({@link CurrentUsers#runAsSystem}), set
 * before the call's transaction begins, whose tenant scope is fixed by the user at its start. Made for event
 * listeners ({@code @ApplicationModuleListener}): they run on their own thread, in their own transaction, for no user
 * (the one who caused the event may be long gone: events are resubmitted from the publication registry).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RunsAsSystem {

    /** What the system does, named in the audit trail as its actor ("System (buyer inbox)"). */
    String value();
}
