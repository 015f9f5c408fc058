package org.supplierportal.api.v1;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fault of the portal behind the API (here a database refusal no rule caught) is a 500 problem in the caller's
 * words, without the database's; it used to end as an empty 403 from the error page.
 */
class ApiProblemsTest {

    @RestController
    static class FailingApi {

        @GetMapping("/api/v1/failing")
        String fail() {
            throw new DataIntegrityViolationException("ERROR: value too long for type character varying(2000)");
        }
    }

    private final MockMvc api = MockMvcBuilders.standaloneSetup(new FailingApi()).setControllerAdvice(new ApiProblems()).build();

    @Test
    void aServerFaultIsA500ProblemThatDoesNotRepeatTheDatabase() throws Exception {
        api.perform(get("/api/v1/failing"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("The portal could not complete the request"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("varying"))));
    }

    @Test
    void springsOwnErrorsKeepTheirStatus() throws Exception {
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/failing"))
                .andExpect(status().isMethodNotAllowed());
    }
}
