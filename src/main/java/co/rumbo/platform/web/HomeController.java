package co.rumbo.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the plan until the dashboard exists for everyone. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/plan";
    }
}
