package co.rumbo.platform;

/** Supplies the {@link Actor} of the current thread, for the audit trail. */
@FunctionalInterface
public interface ActorProvider {

    Actor currentActor();
}
