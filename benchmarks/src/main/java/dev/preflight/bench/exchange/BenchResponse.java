package dev.preflight.bench.exchange;

import static dev.preflight.bench.exchange.BenchRequest.unused;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The response as response filters see it: a status and a header map. */
public final class BenchResponse implements ContainerResponseContext {
    private int status;
    private final MultivaluedMap<String, Object> headers;

    public BenchResponse(int status, MultivaluedMap<String, Object> headers) {
        this.status = status;
        this.headers = headers;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int code) {
        status = code;
    }

    @Override
    public Response.StatusType getStatusInfo() {
        return Response.Status.fromStatusCode(status);
    }

    @Override
    public void setStatusInfo(Response.StatusType statusInfo) {
        status = statusInfo.getStatusCode();
    }

    @Override
    public MultivaluedMap<String, Object> getHeaders() {
        return headers;
    }

    @Override
    public String getHeaderString(String name) {
        List<Object> values = headers.get(name);
        if (values == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (Object value : values) {
            joined.append(joined.length() == 0 ? "" : ",").append(value);
        }
        return joined.toString();
    }

    @Override
    public MultivaluedMap<String, String> getStringHeaders() {
        throw unused();
    }

    @Override
    public Set<String> getAllowedMethods() {
        throw unused();
    }

    @Override
    public Date getDate() {
        throw unused();
    }

    @Override
    public Locale getLanguage() {
        throw unused();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public Map<String, NewCookie> getCookies() {
        throw unused();
    }

    @Override
    public EntityTag getEntityTag() {
        throw unused();
    }

    @Override
    public Date getLastModified() {
        throw unused();
    }

    @Override
    public URI getLocation() {
        throw unused();
    }

    @Override
    public Set<Link> getLinks() {
        throw unused();
    }

    @Override
    public boolean hasLink(String relation) {
        throw unused();
    }

    @Override
    public Link getLink(String relation) {
        throw unused();
    }

    @Override
    public Link.Builder getLinkBuilder(String relation) {
        throw unused();
    }

    @Override
    public boolean hasEntity() {
        return false;
    }

    @Override
    public Object getEntity() {
        return null;
    }

    @Override
    public Class<?> getEntityClass() {
        return null;
    }

    @Override
    public Type getEntityType() {
        return null;
    }

    @Override
    public void setEntity(Object entity) {
        throw unused();
    }

    @Override
    public void setEntity(Object entity, Annotation[] annotations, MediaType mediaType) {
        throw unused();
    }

    @Override
    public Annotation[] getEntityAnnotations() {
        throw unused();
    }

    @Override
    public OutputStream getEntityStream() {
        throw unused();
    }

    @Override
    public void setEntityStream(OutputStream outputStream) {
        throw unused();
    }
}
