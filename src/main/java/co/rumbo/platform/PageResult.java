package co.rumbo.platform;

import java.util.List;

/** One page of a long list; {@code page} is 0-based. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public PageResult {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    /** Clamps what a request asks for to sane bounds. */
    public static int clampSize(Integer size, int defaultSize) {
        if (size == null || size <= 0) return defaultSize;
        return Math.min(size, 500);
    }
}
