package dev.cairn.spring.boot;

import dev.cairn.http.RequestScope;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs just after Spring Security's filters: puts the authenticated principal's name as {@code user_id} on the
 * request's later records. Anonymous requests get none.
 */
final class PrincipalFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        RequestScope scope = RequestScope.current();
        if (scope != null
                && authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            scope.userId(authentication.getName());
        }
        chain.doFilter(request, response);
    }
}
