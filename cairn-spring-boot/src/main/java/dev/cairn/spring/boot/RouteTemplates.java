package dev.cairn.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds the Spring MVC route template of a request ({@code /orders/{id}}) before the request reaches the
 * {@code DispatcherServlet}, by asking the application's handler mappings in their order, as the dispatcher will. The
 * lookup runs on a view of the request whose attribute changes stay private, so the dispatcher's own lookup starts
 * clean; it costs one more handler lookup per request.
 */
final class RouteTemplates {

    private final ListableBeanFactory beans;
    private volatile List<HandlerMapping> mappings;

    RouteTemplates(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** The best-matching pattern of the handler that will serve {@code request}, or null. */
    String find(HttpServletRequest request) {
        LookupRequest probe = new LookupRequest(request);
        for (HandlerMapping mapping : mappings()) {
            try {
                if (mapping.usesPathPatterns()) {
                    ServletRequestPathUtils.parseAndCache(probe);
                }
                if (mapping.getHandler(probe) != null) {
                    Object pattern = probe.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                    return pattern == null ? null : pattern.toString();
                }
            } catch (Exception e) {
                return null;
            }
        }
        return null;
    }

    private List<HandlerMapping> mappings() {
        List<HandlerMapping> found = mappings;
        if (found == null) {
            found = new ArrayList<>(
                    beans.getBeansOfType(HandlerMapping.class, false, false).values());
            AnnotationAwareOrderComparator.sort(found);
            mappings = found;
        }
        return found;
    }

    /** The request with a private overlay of attributes: what a lookup sets or removes is seen only here. */
    private static final class LookupRequest extends HttpServletRequestWrapper {
        private final Map<String, Object> set = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        LookupRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (set.containsKey(name)) {
                return set.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(set.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            removed.remove(name);
            set.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            set.remove(name);
            removed.add(name);
        }
    }
}
