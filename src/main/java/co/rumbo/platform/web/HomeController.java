package co.rumbo.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the Tablero de control: "how are we doing, and who is behind?" */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/tablero";
    }
}
