package com.lifeos.app.web;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The web app (the {@code web} module's build, in {@code static/} of its jar) at {@code /}. Vite names every file under
 * {@code /assets/} by a hash of its content, so those are cached for a year; everything else ({@code index.html}) is
 * revalidated on each use, so a new version reaches the browser at its next load. A page the browser asks for that
 * is no file ({@code /habits}, {@code /goals/<id>}) is a route of the app: it gets {@code index.html}, whose script then
 * shows the route, so a reload or a bookmark works. The server's own paths ({@link #SERVER_PATHS}) never do: an
 * unknown {@code /api} path stays the 404 problem it is.
 * <p>
 * Registered before Spring Boot's own static mapping, which then stands aside (it adds {@code /**} only when no one
 * else did).
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SinglePageApp implements WebMvcConfigurer {

    /** The server's paths: the API, the live socket, operations and the API's description. */
    private static final List<PathPattern> SERVER_PATHS = Stream.of("/api/**", "/ws/**", "/actuator/**",
                    "/v3/api-docs*/**", "/swagger-ui*/**", "/problems/**", "/error/**")
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    /**
     * What the app's pages may load: its own scripts, styles, images and fonts (Vite inlines small images and fonts as
     * data: URLs), calls to this server over HTTP and the live socket (CSP's 'self' covers ws: and wss: to the same host),
     * nothing inline, nothing from elsewhere, no plugins, and no framing by other sites.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
            "form-action 'self'", "frame-ancestors 'none'");

    private static final String ASSETS = "/assets/";
    private static final String PAGE = "index.html";

    private final String location;

    /**
     * @param location where the app's files are: {@code static/} of the web module's jar by default; the browser tests
     *                 point it at {@code web/target/classes/static/}, since app's test classpath has a small fixture
     *                 of its own in {@code static/} (for this class's tests) that comes first
     */
    public SinglePageApp(@Value("${lifeos.web.location:classpath:/static/}") String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(ASSETS + "**")
                .addResourceLocations(location + ASSETS.substring(1))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(location)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(false)
                .addResolver(new ClientRoutes());
    }

    /** A path of the web app (its files and routes), not of the server. */
    public static boolean isAppPath(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(pathOf(request));
        return SERVER_PATHS.stream().noneMatch(pattern -> pattern.matches(path));
    }

    /** A browser asking for a page of the web app: GET or HEAD, outside the server's paths and the assets, for HTML. */
    static boolean isPageRequest(HttpServletRequest request) {
        String method = request.getMethod();
        return (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
                && !pathOf(request).startsWith(ASSETS) && isAppPath(request) && asksForHtml(request);
    }

    /** Explicitly: a browser's navigation lists text/html, while API clients and scripts ask for other things. */
    private static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A file when there is one; the app's page for a route; nothing (a 404 problem) otherwise. */
    private static final class ClientRoutes implements ResourceResolver {

        @Override
        public Resource resolveResource(HttpServletRequest request, String requestPath,
                                        List<? extends Resource> locations, ResourceResolverChain chain) {
            Resource file = chain.resolveResource(request, requestPath, locations);
            if (file != null || request == null || !isPageRequest(request)) {
                return file;
            }
            return chain.resolveResource(request, PAGE, locations);
        }

        @Override
        public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
                                     ResourceResolverChain chain) {
            return chain.resolveUrlPath(resourcePath, locations);
        }
    }
}
