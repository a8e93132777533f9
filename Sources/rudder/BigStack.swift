import CMallocTuning
#if canImport(Glibc)
import Glibc
#endif

/// Runs work on a thread with a 1 GiB stack (only touched pages are committed), so template
/// recursion limits are reached as errors, never as a stack overflow.
enum BigStack {
    final class Box { let work: () -> Void; init(_ work: @escaping () -> Void) { self.work = work } }

    static func run(_ work: @escaping () -> Void) {
        tuneMalloc()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 1 << 30)
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(work)).toOpaque()
        let created = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
            box.work()
            return nil
        }, box)
        if created != 0 {
            Unmanaged<Box>.fromOpaque(box).release()
            work()
            return
        }
        pthread_join(thread, nil)
    }

    /// One short-lived process renders once: the work thread allocates from glibc's main heap
    /// (a thread arena grows by `mprotect` calls, hundreds on a large chart), and freed memory
    /// is neither handed back nor large blocks mapped afresh (each fresh page is a page fault).
    /// Peak memory is unchanged: untouched heap is never resident.
    private static func tuneMalloc() { rudder_tune_malloc() }
}
