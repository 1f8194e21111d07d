package co.rumbo.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Spanish first, whatever the browser asks for; English when the person chooses it, and remembered. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aBrowserInEnglishStillGetsSpanish() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("Iniciar sesión")))
                .andExpect(content().string(not(containsString("Log in"))))
                .andExpect(content().string(containsString("href=\"?lang=en\"")));
    }

    @Test
    void choosingEnglishIsRememberedAndSpanishIsOneClickAway() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Log in")))
                .andExpect(cookie().value("rumbo-idioma", "en"));

        mvc.perform(get("/login").cookie(new Cookie("rumbo-idioma", "en")))
                .andExpect(content().string(containsString("Log in")))
                .andExpect(content().string(containsString("href=\"?lang=es\"")));
    }

    @Test
    void anUnknownLanguageIsIgnored() throws Exception {
        mvc.perform(get("/login").param("lang", "x!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iniciar sesión")));
    }
}
